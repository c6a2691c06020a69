import type { InspectedParameter } from '../../shared/inspector/inspection.js';
import { CopyButton } from './copy-button.js';

/** Every query parameter of the request, decoded, with what it does. */
export function ParameterTable({ parameters, onCopy }: { parameters: readonly InspectedParameter[]; onCopy: (text: string) => void }) {
  return (
    <table class="parameters">
      <thead>
        <tr>
          <th scope="col">Parameter</th>
          <th scope="col">Value (decoded)</th>
          <th scope="col">What it does</th>
          <th scope="col">
            <span class="visually-hidden">Copy</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {parameters.map((p, i) => (
          <tr key={`${p.name}-${i}`} data-param={p.name}>
            <th scope="row" class="mono">
              {p.name}
            </th>
            <td class="mono value">{p.value}</td>
            <td class="small">{p.meaning ?? 'Not a parameter Consentry knows.'}</td>
            <td>
              <CopyButton text={p.value} label={`Copy ${p.name}`} onCopy={onCopy} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
