/** A small button that hands `text` to the page's copy function. */
export function CopyButton({ text, label, onCopy }: { text: string; label: string; onCopy: (text: string) => void }) {
  return (
    <button type="button" class="copy" aria-label={label} title={label} onClick={() => onCopy(text)}>
      Copy
    </button>
  );
}
