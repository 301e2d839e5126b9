import type { CatalogueEntry } from "./catalogue-entry";

/**
 * Evidence keys of credential hygiene. Each belongs to a group of factor-groups.ts that charges once, so the
 * number of questions does not set what an unanswered dimension costs.
 */
export const CREDENTIAL_HYGIENE_EVIDENCE: readonly CatalogueEntry[] = [
  {
    factor: "mfa.remote_access",
    kind: "coverage",
    scope: "remote-access routes",
    label: "MFA on remote access",
    dimension: "credentialHygiene",
    group: "loginTakeover",
    question:
      "Does every remote-access route into systems holding our data (VPN, Citrix, remote desktop, support tools) require multifactor authentication?",
    good: "Remote access into the vendor's systems requires multifactor authentication.",
    bad: "Remote access into the vendor's systems works with a password alone.",
    unknown:
      "Ward does not know whether remote access into the vendor's systems requires multifactor authentication.",
    whatIf: "Enforce MFA on all remote access",
    reference:
      "HPH CPG essential goal: multifactor authentication. Change Healthcare 2024 (Citrix portal without MFA); CHSPSC 2014 (admin credentials over VPN).",
    appliesWhen: "always",
  },
  {
    factor: "mfa.customer_logins",
    kind: "coverage",
    scope: "customer logins",
    label: "MFA on customer logins",
    dimension: "credentialHygiene",
    group: "loginTakeover",
    question:
      "Do our staff's own accounts on your systems, including old and legacy ones, require multifactor authentication?",
    good: "The hospital's own accounts on the vendor's systems require multifactor authentication.",
    bad: "The hospital's own accounts on the vendor's systems sign in with a password alone, so a stolen hospital password opens patient data.",
    unknown:
      "Ward does not know whether the hospital's own accounts on the vendor's systems require multifactor authentication.",
    whatIf: "Require MFA on every customer login",
    reference:
      "HPH CPG: multifactor authentication. Oracle Health 2025 (stolen customer credentials on legacy servers); NextGen 2023 (credential stuffing).",
    appliesWhen: "always",
  },
  {
    factor: "mfa.admin",
    kind: "coverage",
    scope: "administrator accounts",
    label: "MFA for administrators",
    dimension: "credentialHygiene",
    group: "privilegedAccounts",
    question:
      "Do all administrator and privileged accounts on systems holding our data require multifactor authentication?",
    good: "The vendor's administrator accounts require multifactor authentication.",
    bad: "The vendor's administrator accounts sign in with a password alone, so one stolen password gives full control.",
    unknown:
      "Ward does not know whether the vendor's administrator accounts require multifactor authentication.",
    whatIf: "Require MFA for every administrator",
    reference:
      "HPH CPG: multifactor authentication; separate user and privileged accounts. CHSPSC 2014 (stolen admin credentials, OCR $2.3M).",
    appliesWhen: "always",
  },
  {
    factor: "mfa.workforce",
    kind: "coverage",
    scope: "the vendor's staff",
    label: "MFA for the vendor's workforce",
    dimension: "credentialHygiene",
    group: "privilegedAccounts",
    question:
      "Does every member of your workforce use multifactor authentication for email and internal systems?",
    good: "The vendor's whole workforce signs in with multifactor authentication.",
    bad: "Some of the vendor's staff sign in with a password alone.",
    unknown: "Ward does not know whether the vendor's staff sign in with multifactor authentication.",
    whatIf: "Require MFA for the vendor's whole workforce",
    reference:
      "HPH CPG: multifactor authentication; HICP practice 3 (access management); HIPAA NPRM 2025 (MFA).",
    appliesWhen: "always",
  },
  {
    factor: "mfa.support_staff",
    kind: "coverage",
    scope: "support staff",
    label: "MFA for support staff",
    dimension: "credentialHygiene",
    group: "loginTakeover",
    question:
      "Do support engineers who can reach our data or our environment use multifactor authentication every time?",
    good: "The vendor's support staff need multifactor authentication to reach the hospital's data.",
    bad: "The vendor's support staff can reach the hospital's data with a password alone.",
    unknown:
      "Ward does not know whether the vendor's support staff need multifactor authentication to reach the hospital's data.",
    whatIf: "Require MFA for support staff",
    reference: "HPH CPG: multifactor authentication. Support paths are remote access by another name.",
    appliesWhen: "always",
  },
  {
    factor: "mfa.phishing_resistant",
    kind: "coverage",
    scope: "privileged and remote logins",
    label: "Phishing-resistant MFA",
    dimension: "credentialHygiene",
    group: "phishableMfa",
    question:
      "Do remote and privileged logins use phishing-resistant MFA (FIDO2 security keys or passkeys) rather than codes or push prompts?",
    good: "Remote and privileged logins use phishing-resistant MFA such as security keys.",
    bad: "Remote and privileged logins rely on codes or push prompts, which attackers can phish.",
    unknown: "Ward does not know whether remote and privileged logins use phishing-resistant MFA.",
    whatIf: "Enforce phishing-resistant MFA on remote and privileged access",
    reference: "HPH CPG: multifactor authentication; HICP threat 1 (email phishing).",
    appliesWhen: "always",
  },
  {
    factor: "sso.customer_users",
    kind: "boolean",
    goodValue: true,
    label: "Single sign-on for customer users",
    dimension: "credentialHygiene",
    group: "lingeringAccess",
    question:
      "Can our users sign in through our own identity provider (SAML or OpenID Connect single sign-on)?",
    good: "Hospital users sign in through the hospital's own identity provider.",
    bad: "Hospital users keep separate passwords at the vendor, outside the hospital's control.",
    unknown:
      "Ward does not know whether hospital users can sign in through the hospital's own identity provider.",
    whatIf: "Connect customer logins to the hospital's single sign-on",
    reference:
      "HPH CPG: unique credentials; revoke credentials for departing workforce. NextGen 2023 (reused passwords).",
    appliesWhen: "always",
  },
  {
    factor: "deprovisioning.automated",
    kind: "boolean",
    goodValue: true,
    label: "Automated deprovisioning",
    dimension: "credentialHygiene",
    group: "lingeringAccess",
    question:
      "When someone leaves our hospital, is their account at your service removed automatically (for example through SCIM)?",
    good: "Accounts of people who leave the hospital are removed from the vendor's systems automatically.",
    bad: "Accounts of people who leave the hospital stay open at the vendor until someone removes them by hand.",
    unknown:
      "Ward does not know whether accounts of people who leave the hospital are removed at the vendor.",
    whatIf: "Automate removal of leavers' accounts",
    reference: "HPH CPG essential goal: revoke credentials for departing workforce.",
    appliesWhen: "always",
  },
  {
    factor: "credentials.shared_accounts",
    kind: "boolean",
    goodValue: false,
    label: "Shared or generic accounts",
    dimension: "credentialHygiene",
    group: "sharedAccounts",
    question:
      "Are there any shared, generic or test accounts that can reach our data, and who knows their passwords?",
    good: "Every account that reaches the hospital's data belongs to one named person.",
    bad: "Shared or generic accounts reach the hospital's data, so no action on them can be traced to a person.",
    unknown: "Ward does not know whether shared or generic accounts can reach the hospital's data.",
    whatIf: "Remove shared and generic accounts",
    reference:
      'HPH CPG essential goal: unique credentials. Medical Informatics Engineering 2015 (shared accounts with passwords "tester"/"testing"; OCR $100,000, states $900,000).',
    appliesWhen: "always",
  },
  {
    factor: "offboarding.access_revoked_days",
    kind: "days",
    goodAtMost: 1,
    badAtLeast: 30,
    describe: (days) =>
      `The vendor takes ${days === 1 ? "1 day" : `${days} days`} to cut off a departing employee's access.`,
    label: "Speed of revoking leavers' access",
    dimension: "credentialHygiene",
    group: "lingeringAccess",
    question: "How many days after an employee or contractor leaves do you revoke all of their access?",
    good: "The vendor cuts off a departing employee's access within a day.",
    bad: "The vendor never reliably cuts off departing employees' access.",
    unknown: "Ward does not know how quickly the vendor cuts off a departing employee's access.",
    whatIf: "Revoke leavers' access within a day",
    reference: "HPH CPG essential goal: revoke credentials for departing workforce.",
    appliesWhen: "always",
  },
  {
    factor: "secrets.rotation_days",
    kind: "days",
    goodAtMost: 90,
    badAtLeast: 365,
    describe: (days) => `The vendor rotates service passwords and keys every ${days} days.`,
    label: "Rotation of service passwords and keys",
    dimension: "credentialHygiene",
    group: "secrets",
    question:
      "How often do you rotate service-account passwords, API keys and other secrets that reach our data?",
    good: "The vendor rotates service passwords and keys at least every 90 days.",
    bad: "The vendor does not rotate service passwords and keys, so a leaked one keeps working.",
    unknown: "Ward does not know how often the vendor rotates service passwords and keys.",
    whatIf: "Rotate service secrets every 90 days",
    reference: "HPH CPG: unique credentials; HICP practice 3 (access management).",
    appliesWhen: "always",
  },
  {
    factor: "credentials.leak_monitoring",
    kind: "boolean",
    goodValue: true,
    label: "Leaked-credential monitoring",
    dimension: "credentialHygiene",
    group: "secrets",
    question:
      "Do you watch for our users' and your staff's passwords appearing in breach dumps, and force a reset when they do?",
    good: "The vendor watches for leaked passwords and forces a reset when one turns up.",
    bad: "The vendor does not watch for leaked passwords, so passwords stolen elsewhere keep working.",
    unknown: "Ward does not know whether the vendor watches for leaked passwords.",
    whatIf: "Monitor for leaked credentials",
    reference:
      "Verizon DBIR 2025: credential abuse is 22% of initial access. NextGen 2023 (passwords stolen elsewhere and reused).",
    appliesWhen: "always",
  },
];
