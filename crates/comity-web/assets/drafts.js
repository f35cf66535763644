// Keeps what is typed in a long form (a reply, a message, a nomination) in this browser until the
// form is sent, so that a closed tab, a crash or a lost connection does not lose it: on return
// the page offers it back. Leaving the page with unsent changes asks first. Progressive
// enhancement: without this script the forms work the same. The words come from the page
// (data-draft-* attributes, in the page's language); nothing leaves the browser.
(() => {
  "use strict";
  const skipped = new Set(["hidden", "password", "file", "submit", "button", "reset"]);

  function read(form) {
    const fields = {};
    for (const el of form.elements) {
      if (!el.name || skipped.has(el.type)) continue;
      if (el.type === "checkbox" || el.type === "radio") fields[`${el.name}=${el.value}`] = el.checked;
      else if (el.multiple) fields[el.name] = [...el.selectedOptions].map((o) => o.value);
      else fields[el.name] = el.value;
    }
    return fields;
  }

  function write(form, fields) {
    for (const el of form.elements) {
      if (!el.name || skipped.has(el.type)) continue;
      if (el.type === "checkbox" || el.type === "radio") {
        const key = `${el.name}=${el.value}`;
        if (key in fields) el.checked = fields[key];
      } else if (el.multiple && Array.isArray(fields[el.name])) {
        for (const o of el.options) o.selected = fields[el.name].includes(o.value);
      } else if (typeof fields[el.name] === "string") {
        el.value = fields[el.name];
      }
    }
  }

  function load(key) {
    try {
      const stored = JSON.parse(localStorage.getItem(key));
      return stored && typeof stored.fields === "object" ? stored : null;
    } catch {
      return null;
    }
  }

  function offer(form, key, stored) {
    const box = document.createElement("div");
    box.className = "notice draft-offer";
    box.setAttribute("role", "status");
    const text = document.createElement("p");
    text.textContent = form.dataset.draftFound;
    const when = document.createElement("time");
    const at = new Date(stored.at);
    when.dateTime = at.toISOString();
    when.textContent = ` ${at.toLocaleString(document.documentElement.lang || undefined)}`;
    text.append(when);
    const restore = document.createElement("button");
    restore.type = "button";
    restore.className = "draft-restore";
    restore.textContent = form.dataset.draftRestore;
    const discard = document.createElement("button");
    discard.type = "button";
    discard.className = "draft-discard";
    discard.textContent = form.dataset.draftDiscard;
    restore.addEventListener("click", () => {
      write(form, stored.fields);
      box.remove();
      form.dispatchEvent(new Event("input"));
    });
    discard.addEventListener("click", () => {
      localStorage.removeItem(key);
      box.remove();
    });
    box.append(text, restore, discard);
    form.before(box);
  }

  for (const form of document.querySelectorAll("form[data-keep-draft]")) {
    const key = `comity-draft:${form.dataset.keepDraft}`;
    const stored = load(key);
    if (stored) {
      // What the page shows already (a save that went through, a refusal that kept the text).
      if (JSON.stringify(stored.fields) === JSON.stringify(read(form))) localStorage.removeItem(key);
      else offer(form, key, stored);
    }
    let dirty = false;
    const keep = () => {
      dirty = true;
      try {
        localStorage.setItem(key, JSON.stringify({ at: Date.now(), fields: read(form) }));
      } catch {
        // Storage full or refused: the warning on leaving still stands.
      }
    };
    form.addEventListener("input", keep);
    form.addEventListener("change", keep);
    form.addEventListener("submit", () => {
      dirty = false;
      localStorage.removeItem(key);
    });
    window.addEventListener("beforeunload", (event) => {
      if (dirty) {
        event.preventDefault();
        event.returnValue = "";
      }
    });
  }
})();
