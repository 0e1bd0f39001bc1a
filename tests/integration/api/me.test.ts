import { describe, expect, it } from "vitest";
import { apiClient } from "../../support/api";
import { createUser, unique } from "../../support/factories";

const api = apiClient();

describe("GET and PATCH /me", () => {
  it("changes only what is sent, with the web app's rules for names and avatars", async () => {
    const user = await createUser();
    const me = await api.signIn(user);

    const renamed = await me.patch("/me", { body: { fullName: "  Ada Lovelace " } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ fullName: "Ada Lovelace", username: user.username, email: user.email, image: null });

    const handle = unique("Ada");
    expect((await me.patch("/me", { body: { username: handle } })).body.username).toBe(handle.toLowerCase());
    expect((await me.patch("/me", { body: { image: "https://images.example.com/ada.png" } })).body.image).toBe("https://images.example.com/ada.png");
    expect((await me.patch("/me", { body: { image: null } })).body.image).toBeNull();
    expect((await me.patch("/me", { body: {} })).body).toMatchObject({ fullName: "Ada Lovelace", username: handle.toLowerCase() });
    expect((await me.get("/me")).body.fullName).toBe("Ada Lovelace");
  });

  it("refuses invalid fields and a username someone else has", async () => {
    const [user, other] = await Promise.all([createUser(), createUser()]);
    const me = await api.signIn(user);
    const invalid = await me.patch("/me", { body: { fullName: "", username: "no spaces", image: "http://insecure.example/a.png" } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.fields).toEqual({
      fullName: "Enter your name",
      username: "Use only letters, digits, _ and .",
      image: "Enter an https:// address of an image",
    });
    const taken = await me.patch("/me", { body: { username: other.username.toUpperCase() } });
    expect(taken.status).toBe(409);
    expect(taken.body.error.fields).toEqual({ username: "This username is taken. Try another one." });
  });
});
