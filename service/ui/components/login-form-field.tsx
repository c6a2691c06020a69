export interface LoginFormFieldProps {
  name: string;
  label: string;
  type: 'text' | 'email' | 'password';
  autocomplete: string;
  value?: string | undefined;
  /** Shown under the input and announced through aria-describedby. */
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  autofocus?: boolean;
}

/** A labelled input of the sign-in and sign-up forms, with its inline error. */
export function LoginFormField(p: LoginFormFieldProps) {
  const id = `field-${p.name}`;
  const described = [p.hint && `${id}-hint`, p.error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label for={id}>
        {p.label}
        {p.hint && (
          <span class="hint" id={`${id}-hint`}>
            {p.hint}
          </span>
        )}
      </label>
      <input
        id={id}
        name={p.name}
        // preact types `type` as a discriminated union; a variable of the union is fine at runtime.
        type={p.type as 'text'}
        autocomplete={p.autocomplete}
        value={p.type === 'password' ? undefined : p.value}
        required={p.required ?? true}
        minLength={p.minLength}
        maxLength={p.maxLength}
        autofocus={p.autofocus}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={described}
        class={p.error ? 'invalid' : undefined}
      />
      {p.error && (
        <p class="field-error" id={`${id}-error`}>
          {p.error}
        </p>
      )}
    </div>
  );
}
