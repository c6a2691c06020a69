export interface ClientTextFieldProps {
  name: string;
  label: string;
  hint?: string;
  value: string;
  error?: string | undefined;
  multiline?: boolean;
  type?: 'text' | 'url';
  required?: boolean;
  maxLength?: number;
}

/** A labelled text input or textarea with its hint and inline error (tied by aria-describedby). */
export function ClientTextField({ name, label, hint, value, error, multiline, type = 'text', required, maxLength }: ClientTextFieldProps) {
  const id = `f-${name}`;
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name,
    required,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': described,
    class: error ? 'invalid' : undefined,
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {multiline ? (
        <textarea {...common} rows={3} spellcheck={false}>
          {value}
        </textarea>
      ) : type === 'url' ? (
        <input {...common} type="url" value={value} maxLength={maxLength} autocomplete="off" spellcheck={false} />
      ) : (
        <input {...common} type="text" value={value} maxLength={maxLength} autocomplete="off" />
      )}
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
