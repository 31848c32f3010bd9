// Who is signed in, as GET /api/auth/session, login and sign-up tell it; null when nobody is.

export const session = {user: null};

/** An API path under the signed-in user: /api/users/{id}/{rest}. */
export function userPath(rest) {
    return `/api/users/${session.user.id}/${rest}`;
}
