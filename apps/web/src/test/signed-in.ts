import { type MeResponse, type Role, rolePermissions } from "@ward/contracts";
import { json, type StubRequest } from "./fetch-stub";

/** What `GET /api/me` answers for a member of the test organization with `role`. */
export function meAs(role: Role, overrides: Partial<MeResponse> = {}): MeResponse {
  return {
    user: {
      id: "7c7c7c7c-7c7c-4c7c-8c7c-7c7c7c7c7c7c",
      name: `Test ${role}`,
      email: `${role}@hospital.test`,
      twoFactorEnabled: false,
    },
    organization: {
      id: "8d8d8d8d-8d8d-4d8d-8d8d-8d8d8d8d8d8d",
      name: "General Hospital",
      slug: "general-hospital",
      requireMfa: false,
    },
    role,
    permissions: [...rolePermissions[role]],
    mfaSetupRequired: false,
    ...overrides,
  };
}

type Handler = (request: StubRequest) => Response | Promise<Response>;

/**
 * Wraps a test's fetch handler so `/api/me` answers as a signed-in member with `role` (analyst unless said),
 * which every app page waits for. Everything else goes to `handler`.
 */
export function signedIn(handler: Handler, role: Role = "analyst", me: Partial<MeResponse> = {}): Handler {
  return (request) => (request.path === "/api/me" ? json(meAs(role, me)) : handler(request));
}
