import { Field, Select, type FieldProps } from '@fluentui/react-components';

export interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  orientation?: FieldProps['orientation'];
  className?: string;
}

/** A labelled native select (Fluent's Field and Select): the browser's own keyboard and screen-reader support. */
export function SelectField({ label, value, options, onChange, orientation, className }: SelectFieldProps) {
  return (
    <Field label={label} orientation={orientation} className={className}>
      <Select value={value} onChange={(_, data) => onChange(data.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
