// The README's walkthrough as a client developer writes it in TypeScript: types generated from the
// served document by openapi-typescript (neptun.d.ts, made by OpenApiToolsApiIT), requests by
// openapi-fetch. `tsc --noEmit` proves every step type-checks; running it proves the server agrees.
// NEPTUN_BASE_URL names the server.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import createClient, { type Middleware } from "openapi-fetch";
import type { paths } from "./neptun.js";

const api = createClient<paths>({ baseUrl: process.env.NEPTUN_BASE_URL ?? "http://localhost:8080" });

// The neptun-session cookie, kept as a browser would (Node's fetch has no cookie jar).
let session: string | undefined;
const cookieJar: Middleware = {
  onRequest({ request }) {
    if (session) request.headers.set("Cookie", session);
    return request;
  },
  onResponse({ response }) {
    const issued = response.headers.get("set-cookie");
    if (issued) session = issued.split(";")[0];
    return response;
  },
};
api.use(cookieJar);

/** The body of an answer with this status; anything else fails the walkthrough. */
function expect<T>(answer: { data?: T; error?: unknown; response: Response }, status: number): T {
  assert.equal(answer.response.status, status, `${answer.response.url}: ${JSON.stringify(answer.error)}`);
  return answer.data as T;
}

const email = `ada-${randomUUID()}@example.com`;
const password = "Analytical1!";
expect(await api.POST("/api/auth/sign-up", { body: { email, password, confirmPassword: password } }), 201);
const signedIn = expect(await api.POST("/api/auth/login", { body: { email, password } }), 200);
const user_id = signedIn.user.id;
assert.equal(signedIn.user.primary_email, email);

const project = expect(await api.POST("/api/users/{user_id}/projects", {
  params: { path: { user_id } },
  body: { name: "shop", type: "web-app", main_language: "typescript" },
}), 201);
const project_id = project.id;
const installation = expect(await api.POST("/api/users/{user_id}/installations", {
  params: { path: { user_id } },
  body: {
    github_installation_id: Math.floor(Math.random() * 2 ** 40) + 1,
    github_account_type: "User",
    github_account_id: 583231,
    github_account_name: "octocat",
  },
}), 201);
const imported = expect(await api.POST("/api/users/{user_id}/projects/{project_id}/resources/imports", {
  params: { path: { user_id, project_id } },
  body: { source_type: "github_repository_installation", source_path: "octocat/shop", installation_id: installation.id },
}), 201);
const import_id = imported.id;
for (const title of ["package.json", "README.md"]) {
  expect(await api.POST("/api/users/{user_id}/projects/{project_id}/resources/files", {
    params: { path: { user_id, project_id } },
    body: { import_id, title, content: "...", file_type: "text" },
  }), 201);
}

const files = "/api/users/{user_id}/projects/{project_id}/resources/files" as const;
const firstPage = await api.GET(files, { params: { path: { user_id, project_id }, query: { import_id, page: 1, per_page: 1 } } });
const secondPage = expect(await api.GET(files, { params: { path: { user_id, project_id }, query: { import_id, page: 2, per_page: 1 } } }), 200);
assert.deepEqual([...expect(firstPage, 200), ...secondPage].map((file) => file.title), ["package.json", "README.md"]);
assert.match(firstPage.response.headers.get("link") ?? "", /^<[^>]*[?&]page=2[&>].*; rel="next"$/);
const connected = "/api/users/{user_id}/projects/{project_id}/resources/github-installations" as const;
assert.deepEqual(expect(await api.GET(connected, { params: { path: { user_id, project_id } } }), 200).map((i) => i.id), [installation.id]);

// The user's document: the DELETE, 204 and no body.
const headline = "/api/users/{user_id}/projects/{project_id}/resources/imports/{import_id}" as const;
expect(await api.DELETE(headline, { params: { path: { user_id, project_id, import_id } } }), 204);

const imports = "/api/users/{user_id}/projects/{project_id}/resources/imports" as const;
assert.deepEqual(expect(await api.GET(imports, { params: { path: { user_id, project_id } } }), 200), []);
assert.deepEqual(expect(await api.GET(files, { params: { path: { user_id, project_id } } }), 200), []);
assert.deepEqual(expect(await api.GET(connected, { params: { path: { user_id, project_id } } }), 200), []);
const kept = expect(await api.GET("/api/users/{user_id}/installations", { params: { path: { user_id } } }), 200);
assert.deepEqual(kept.map((i) => i.id), [installation.id]);
const again = await api.DELETE(headline, { params: { path: { user_id, project_id, import_id } } });
assert.equal(again.response.status, 404);
assert.deepEqual(again.error, { statusCode: 404, message: "Import not found" });

expect(await api.POST("/api/auth/logout"), 204);
assert.equal((await api.GET("/api/auth/session")).response.status, 401);
console.log(`walkthrough passed against ${process.env.NEPTUN_BASE_URL}`);
