/** The one moment a client secret is visible: copy it now, it is stored only as a hash. */
export function ClientSecretBox({ secret, title }: { secret: string; title: string }) {
  return (
    <section class="card secret-card" role="status">
      <h2>{title}</h2>
      <p class="notice warn">Copy the client secret now. It will not be shown again: Consentry stores only a hash of it.</p>
      <div class="secret-row">
        <code class="secret" id="client-secret">
          {secret}
        </code>
        <button type="button" data-copy={secret}>
          Copy
        </button>
      </div>
    </section>
  );
}
