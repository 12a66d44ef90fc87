import type { Child } from "hono/jsx";

export interface ChoiceProps {
  type: "checkbox" | "radio";
  name: string;
  id: string;
  value: string;
  checked: boolean;
  children: Child;
}

/** A checkbox or radio button with its label beside it, as every form of the site lays them out. */
export function Choice({ type, name, id, value, checked, children }: ChoiceProps) {
  return (
    <div class="option">
      <input type={type} name={name} id={id} value={value} checked={checked} />
      <label for={id}>{children}</label>
    </div>
  );
}
