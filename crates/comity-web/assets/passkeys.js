// Passkeys (WebAuthn) for Comity: a second factor besides the authenticator-app code. Only
// this file needs JavaScript; without it, or without WebAuthn in the browser, the passkey
// controls stay hidden and the code works as before.
"use strict";

(function () {
  if (!window.PublicKeyCredential || !navigator.credentials) return;

  function fromB64url(text) {
    const b64 = text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4);
    return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)).buffer;
  }
  function toB64url(buffer) {
    let text = "";
    for (const byte of new Uint8Array(buffer)) text += String.fromCharCode(byte);
    return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }
  async function post(url, body) {
    const response = await fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body === undefined ? {} : body),
    });
    const data = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error((data.error && data.error.message) || response.statusText);
    return data;
  }
  function say(box, text) {
    const status = box.querySelector("[role=status]");
    if (status) status.textContent = text;
  }

  async function register(box) {
    const options = (await post(box.dataset.begin)).publicKey;
    options.challenge = fromB64url(options.challenge);
    options.user.id = fromB64url(options.user.id);
    (options.excludeCredentials || []).forEach((c) => (c.id = fromB64url(c.id)));
    const credential = await navigator.credentials.create({ publicKey: options });
    const name = box.querySelector("input[name=passkey-name]");
    await post(box.dataset.finish, {
      name: name ? name.value : "",
      credential: {
        id: credential.id,
        rawId: toB64url(credential.rawId),
        type: credential.type,
        extensions: credential.getClientExtensionResults(),
        response: {
          attestationObject: toB64url(credential.response.attestationObject),
          clientDataJSON: toB64url(credential.response.clientDataJSON),
          transports: credential.response.getTransports ? credential.response.getTransports() : [],
        },
      },
    });
    window.location.reload();
  }

  async function signIn(box) {
    const options = (await post(box.dataset.begin)).publicKey;
    options.challenge = fromB64url(options.challenge);
    (options.allowCredentials || []).forEach((c) => (c.id = fromB64url(c.id)));
    const credential = await navigator.credentials.get({ publicKey: options });
    await post(box.dataset.finish, {
      id: credential.id,
      rawId: toB64url(credential.rawId),
      type: credential.type,
      extensions: credential.getClientExtensionResults(),
      response: {
        authenticatorData: toB64url(credential.response.authenticatorData),
        clientDataJSON: toB64url(credential.response.clientDataJSON),
        signature: toB64url(credential.response.signature),
        userHandle: credential.response.userHandle ? toB64url(credential.response.userHandle) : null,
      },
    });
    window.location.assign(box.dataset.next);
  }

  document.querySelectorAll("[data-passkey]").forEach((box) => {
    box.hidden = false;
    const button = box.querySelector("button");
    button.addEventListener("click", async (event) => {
      event.preventDefault();
      button.disabled = true;
      say(box, "");
      try {
        await (box.dataset.passkey === "register" ? register(box) : signIn(box));
      } catch (error) {
        say(box, box.dataset.failed + (error && error.message ? " (" + error.message + ")" : ""));
      } finally {
        button.disabled = false;
      }
    });
  });
})();
