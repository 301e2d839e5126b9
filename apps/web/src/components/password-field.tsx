import { PasswordInput, type PasswordInputProps } from "@mantine/core";

/**
 * Mantine's password input, with a show/hide toggle whose name does not contain "password": otherwise a label
 * lookup for "Password" (assistive tech, browser tests) finds two controls, the field and its toggle.
 */
export function PasswordField(props: PasswordInputProps) {
  return (
    <PasswordInput visibilityToggleButtonProps={{ "aria-label": "Show or hide what you typed" }} {...props} />
  );
}
