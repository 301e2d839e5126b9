import { useState } from "react";
import { PasswordStep } from "./password-step";
import { SecondFactorStep } from "./second-factor-step";

interface SignInFlowProps {
  /** Fixed when the page already knows who is signing in (an invitation's address). */
  email?: string;
  /** Runs once the person is fully signed in, both factors done. */
  onSignedIn: () => void | Promise<void>;
}

/** Password, then the second factor when the account has one. Shared by /sign-in and invitation links. */
export function SignInFlow({ email, onSignedIn }: SignInFlowProps) {
  const [step, setStep] = useState<"password" | "second-factor">("password");
  const [notice, setNotice] = useState<string | null>(null);

  if (step === "second-factor") {
    return (
      <SecondFactorStep
        onDone={onSignedIn}
        onRestart={(reason) => {
          setNotice(reason);
          setStep("password");
        }}
      />
    );
  }
  return (
    <PasswordStep
      email={email}
      notice={notice}
      onDone={(outcome) => (outcome === "second-factor" ? setStep("second-factor") : onSignedIn())}
    />
  );
}
