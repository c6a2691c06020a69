export interface Crumb {
  label: string;
  href?: string;
}

/** Dashboard › account › OAuth clients › …; the last crumb is the current page. */
export function ClientBreadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav class="breadcrumbs" aria-label="Breadcrumb">
      {crumbs.map((c, i) => (
        <span key={i}>
          {i > 0 && <span class="sep">›</span>}
          {c.href ? <a href={c.href}>{c.label}</a> : <span aria-current="page">{c.label}</span>}
        </span>
      ))}
    </nav>
  );
}
