/** The hidden synchronizer token every dashboard form carries (checked by requireCsrf). */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}
