// Comity's pages as people meet them: real headless Chromium with JavaScript turned off (the
// pages must not need it), against the real `comity demo` server on loopback.
//
// COMITY_BIN names the comity binary; CHROMIUM the browser (default /usr/bin/chromium).
// Screenshots go to target/browser/ in the repository.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, readFileSync, existsSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createHmac } from "node:crypto";
import { chromium } from "playwright-core";
import { makePdf } from "./pdf.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const shots = join(here, "..", "..", "target", "browser");
let server, base, browser, dataDir, demoPassword, ods;

// A stand-in for the UN's Official Document System on loopback: a real First Committee draft
// (from ../shared, when it is there) and a draft of our own whose reading has things to check.
const realPdf = join(here, "..", "..", "..", "shared", "corpus", "real", "pdf", "A_C.1_80_L.28.pdf");
const odsFiles = {
  "A/C.1/81/L.40": makePdf([
    "United Nations", "A/C.1/81/L.40", "General Assembly", "Distr.: Limited", "Eighty-first session", "First Committee",
    "Agenda item 95", "A test item", "", "Austria and Atlantis: draft resolution", "", "A test draft", "",
    "The General Assembly,", "", "Recalling its resolution 76/19,", "", "1. Invites States to share views;", "",
    "3. Decides to remain seized of the matter.",
  ]),
};
if (existsSync(realPdf)) odsFiles["A/C.1/80/L.28"] = readFileSync(realPdf);

function startOds() {
  const s = createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    const body = url.pathname === "/api/symbol/access" && url.searchParams.get("l") === "en" && odsFiles[url.searchParams.get("s")];
    if (body) {
      res.writeHead(200, { "content-type": "application/pdf" }).end(body);
    } else {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => s.listen(0, "127.0.0.1", () => resolve(s)));
}

before(async () => {
  const bin = process.env.COMITY_BIN;
  assert.ok(bin, "COMITY_BIN must name the comity binary");
  mkdirSync(shots, { recursive: true });
  dataDir = mkdtempSync(join(tmpdir(), "comity-browser-"));
  ods = await startOds();
  const env = { ...process.env, COMITY_ODS_URL: `http://127.0.0.1:${ods.address().port}` };
  server = spawn(bin, ["demo", "--bind", "127.0.0.1:0", "--data-dir", dataDir], { stdio: ["ignore", "pipe", "inherit"], env });
  let timer;
  base = await new Promise((resolve, reject) => {
    let seen = "";
    server.stdout.on("data", (chunk) => {
      seen += chunk;
      const m = seen.match(/Comity demo: (http:\/\/127\.0\.0\.1:\d+)\//);
      const p = seen.match(/with the password (\S+) as:/);
      if (m && p) {
        demoPassword = p[1];
        resolve(m[1]);
      }
    });
    server.on("exit", (code) => reject(new Error(`comity demo exited with ${code} before serving`)));
    timer = setTimeout(() => reject(new Error("comity demo did not start within 30 s")), 30000);
  }).finally(() => clearTimeout(timer));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  // The server's stop still writes in its data folder (a last audit checkpoint, the database
  // closing): the folder goes once it has exited.
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    const stuck = setTimeout(() => server.kill("SIGKILL"), 20000);
    await exited;
    clearTimeout(stuck);
  }
  ods?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

// Pages are tested without JavaScript unless a test is about the scripts' enhancement.
// bypassCSP: only for injecting the accessibility checker into our pages, whose policy allows
// no script but their own.
async function open(path, { width = 1280, javaScript = false, bypassCSP = false } = {}) {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport: { width, height: 900 }, bypassCSP });
  const page = await context.newPage();
  const response = await page.goto(base + path);
  return { page, context, response };
}

const cases = [
  { lang: "en", dir: "ltr", heading: "Member States and observer States", names: ["Türkiye", "Netherlands (Kingdom of the)", "Republic of Korea"], count: "195 States" },
  { lang: "zh", dir: "ltr", heading: "会员国和观察员国", names: ["埃斯瓦蒂尼", "大不列颠及北爱尔兰联合王国", "土耳其"], count: "195 个国家" },
  { lang: "ar", dir: "rtl", heading: "الدول الأعضاء والدول المراقبة", names: ["تركيا", "إسواتيني", "جمهورية كوريا"], count: "195 دولة" },
];

for (const c of cases) {
  test(`the States page in ${c.lang}: language, direction, content`, async () => {
    const { page, context, response } = await open(`/${c.lang}/states`);
    assert.equal(response.status(), 200);
    assert.equal(await page.getAttribute("html", "lang"), c.lang);
    assert.equal(await page.getAttribute("html", "dir"), c.dir);
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), c.dir);
    assert.equal((await page.textContent("h1")).trim(), c.heading);
    assert.equal(await page.locator("tbody tr").count(), 195);
    assert.equal((await page.textContent("#state-count")).trim(), c.count);
    for (const name of c.names) {
      assert.equal(await page.locator("tbody th a", { hasText: name }).count() >= 1, true, `${name} listed`);
    }
    // Layout mirrors: the site name sits at the start edge (left in LTR, right in RTL), and so
    // does the first column's heading.
    const width = page.viewportSize().width;
    const brand = await page.locator(".brand").boundingBox();
    const firstHeader = await page.locator("thead th").first().boundingBox();
    if (c.dir === "rtl") {
      assert.ok(brand.x > width / 2, `brand on the right in RTL (x=${brand.x})`);
      assert.ok(firstHeader.x > width / 2, `first column on the right in RTL (x=${firstHeader.x})`);
    } else {
      assert.ok(brand.x < width / 2, `brand on the left in LTR (x=${brand.x})`);
      assert.ok(firstHeader.x < width / 2, `first column on the left in LTR (x=${firstHeader.x})`);
    }
    await page.screenshot({ path: join(shots, `states-${c.lang}.png`) });
    await context.close();
  });
}

test("the filter works without JavaScript and keeps the language", async () => {
  const { page, context } = await open("/ar/states");
  await page.fill("#q", "korea");
  await Promise.all([page.waitForURL(/q=korea/), page.click("form.filter button[type=submit]")]);
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  const rows = await page.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => tr.id).sort());
  assert.deepEqual(rows, ["KOR", "PRK"]);
  await page.screenshot({ path: join(shots, "states-ar-filtered.png") });
  await context.close();
});

test("the language switcher leads to the same page in another language", async () => {
  const { page, context } = await open("/en/states/SWZ");
  await Promise.all([page.waitForURL(/\/zh\/states\/SWZ$/), page.click("nav.languages a[hreflang=zh]")]);
  assert.equal((await page.textContent("h1")).trim(), "埃斯瓦蒂尼");
  assert.equal(await page.getAttribute("html", "lang"), "zh");
  await page.screenshot({ path: join(shots, "state-zh.png") });
  await context.close();
});

test("keyboard users get a visible skip link first", async () => {
  const { page, context } = await open("/en/framework");
  await page.keyboard.press("Tab");
  const focused = await page.evaluate(() => ({ cls: document.activeElement.className, top: document.activeElement.getBoundingClientRect().top, outline: getComputedStyle(document.activeElement).outlineStyle }));
  assert.equal(focused.cls, "skip-link");
  assert.ok(focused.top >= 0, "the skip link comes into view on focus");
  assert.equal(await page.locator("main h2").count(), 6, "six pillars");
  await page.screenshot({ path: join(shots, "framework-en.png") });
  await context.close();
});

test("a document in Arabic pages, side by side with French, aligned by paragraph", async () => {
  const { page, context } = await open("/ar/documents/A/RES/76/19");
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  assert.ok(await page.locator(".notice").isVisible(), "a notice says the text is shown in another language");
  await page.selectOption("#compare", "fr");
  await Promise.all([page.waitForURL(/compare=fr/), page.click("form.filter button[type=submit]")]);
  const row = page.locator("table.paragraphs tr", { has: page.locator("th", { hasText: /^1\.$/ }) });
  assert.match(await row.locator("td[lang=en]").textContent(), /Invites Member States/);
  assert.match(await row.locator("td[lang=fr]").textContent(), /Invite les États Membres/);
  const citedBy = await page.locator("ul.cites a").allTextContents();
  assert.ok(citedBy.includes("A/C.1/81/L.7"), `cited by the draft: ${citedBy}`);
  await page.screenshot({ path: join(shots, "document-ar-compare-fr.png"), fullPage: true });
  await context.close();
});

test("search in Arabic: typed, highlighted, filtered by a facet, and on to the document", async () => {
  const { page, context } = await open("/ar/search");
  await page.fill("#q", "الاستجابة الوطنية");
  await Promise.all([page.waitForURL(/q=/), page.click("form.filter button[type=submit]")]);
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  const marks = await page.locator("ol.hits mark").allTextContents();
  assert.ok(marks.includes("الاستجابة"), `matched words are marked: ${marks}`);
  assert.match((await page.textContent("#search-count")).trim(), /\d|فقرة|فقرتان/);
  const places = (await page.locator("ol.hits .place").allTextContents()).map((p) => p.trim());
  assert.ok(places.includes("P2"), `places read the same in every language: ${places}`);
  assert.ok(await page.locator("#search-sort a").isVisible(), "the hits can be ordered newest first");
  // Follow the session facet, then the first hit to its document.
  await Promise.all([page.waitForURL(/session=81/), page.locator("aside.facets a", { hasText: "81" }).first().click()]);
  assert.ok((await page.locator("ol.hits li").count()) >= 1);
  await page.screenshot({ path: join(shots, "search-ar.png"), fullPage: true });
  await Promise.all([page.waitForURL(/\/ar\/documents\/A\/C\.1\/81\/L\.15/), page.locator("ol.hits a").first().click()]);
  assert.ok(await page.locator("td[lang=ar]").first().isVisible());
  await context.close();
});

test("a report in Chinese, and two documents compared on the Arabic page", async () => {
  const zh = await open("/zh/documents/A/80/412");
  assert.equal(await zh.page.getAttribute("html", "lang"), "zh");
  assert.match(await zh.page.locator("table.paragraphs td[lang=zh]").first().textContent(), /秘书长/);
  await zh.context.close();

  const { page, context } = await open("/ar/documents/A/C.1/81/L.7");
  await Promise.all([page.waitForURL(/\/ar\/diff\?old=/), page.locator("a[href^='/ar/diff']").click()]);
  await page.selectOption("#new", "A/RES/76/19");
  await Promise.all([page.waitForURL(/new=A%2FRES%2F76%2F19/), page.click("form.filter button[type=submit]")]);
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  assert.ok((await page.locator("table.diff tbody tr").count()) > 3, "paragraph rows");
  assert.ok((await page.locator("table.diff td[lang=en][dir=ltr]").count()) > 3, "English text keeps its direction in the RTL page");
  assert.ok((await page.locator("table.diff ins, table.diff del").count()) > 0, "changed words are marked");
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector("del")).textDecorationLine), "line-through");
  await page.screenshot({ path: join(shots, "diff-ar.png"), fullPage: true });
  await context.close();
});

test("a narrow phone screen still shows the States page in Arabic", async () => {
  const { page, context } = await open("/ar/states", { width: 390 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page does not scroll sideways (${overflow}px too wide)`);
  await page.screenshot({ path: join(shots, "states-ar-phone.png") });
  await context.close();
});

// Each demo account's authenticator, as a person keeps it on a phone: the secret shown at
// enrolment and the last time step a code was given for (a code is accepted once, so a second
// sign-in in the same 30 s uses the next step, within the one step of drift allowed).
const authenticators = new Map();

async function codeFor(email, secret) {
  if (secret) authenticators.set(email, { secret, lastStep: -1 });
  const a = authenticators.get(email);
  assert.ok(a, `no authenticator enrolled for ${email}`);
  for (;;) {
    const now = Math.floor(Date.now() / 1000 / 30);
    const step = Math.max(now, a.lastStep + 1);
    if (step <= now + 1) {
      a.lastStep = step;
      return totp(a.secret, step - now);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

// RFC 6238 code for a base32 secret, as an authenticator app computes it.
function totp(secretBase32, stepOffset = 0) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const c of secretBase32) bits += alphabet.indexOf(c).toString(2).padStart(5, "0");
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 1000 / 30) + stepOffset));
  const digest = createHmac("sha1", Buffer.from(bytes)).update(counter).digest();
  const offset = digest[digest.length - 1] & 0x0f;
  const value = (digest.readUInt32BE(offset) & 0x7fffffff) % 1000000;
  return String(value).padStart(6, "0");
}

test("a focal point signs in in Arabic with a password and an authenticator app, without JavaScript", async () => {
  const { page, context } = await open("/ar/account");
  // Not signed in: the account page sends to sign-in, and back after it.
  await page.waitForURL(/\/ar\/sign-in\?next=/);
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  await page.fill("#email", "focal.point@kenya.demo.invalid");
  await page.fill("#password", "not the password at all");
  await page.click("form.stacked button[type=submit]");
  assert.match(await page.textContent("#problem"), /البريد الإلكتروني أو كلمة المرور غير صحيحة/);
  await page.fill("#password", demoPassword);
  await Promise.all([page.waitForURL(/\/ar\/sign-in\/enrol/), page.click("form.stacked button[type=submit]")]);
  const cookie = (await context.cookies()).find((c) => c.name === "comity_session");
  assert.ok(cookie && cookie.httpOnly && cookie.secure && cookie.sameSite === "Lax", JSON.stringify(cookie));
  const secret = (await page.textContent("#totp-secret")).trim();
  await page.fill("#code", await codeFor("focal.point@kenya.demo.invalid", secret));
  await page.screenshot({ path: join(shots, "enrol-ar.png"), fullPage: true });
  await page.click("form.stacked button[type=submit]");
  assert.equal(await page.locator("#recovery-codes li").count(), 10);
  await Promise.all([page.waitForURL(/\/ar\/account$/), page.locator("main a").last().click()]);
  assert.match(await page.textContent("main"), /focal\.point@kenya\.demo\.invalid/);
  assert.match(await page.textContent("main"), /جهة التنسيق/);
  // An API token, shown once.
  await page.fill("#token-name", "سكربت");
  await page.check("input[name=scope][value=list_users]");
  await page.locator("form.stacked button[type=submit]").last().click();
  assert.match((await page.textContent("#new-token")).trim(), /^comity_pat_[0-9a-f]{64}$/);
  await page.screenshot({ path: join(shots, "account-ar.png"), fullPage: true });
  // Another State's users are not there for Kenya's focal point.
  const other = await page.goto(base + "/ar/orgs/FRA/users");
  assert.equal(other.status(), 404);
  const own = await page.goto(base + "/ar/orgs/KEN/users");
  assert.equal(own.status(), 200);
  await page.goto(base + "/ar/account");
  await Promise.all([page.waitForURL(/\/ar\/$/), page.click("form[action='/ar/sign-out'] button")]);
  const after = await page.goto(base + "/ar/account");
  assert.match(after.url(), /\/ar\/sign-in\?next=/);
  await context.close();
});

test("a Secretariat user adds a passkey and signs in with it (Chromium's virtual authenticator)", async () => {
  // Passkeys are bound to a host name: the demo serves them at localhost.
  const local = base.replace("127.0.0.1", "localhost");
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  const signIn = async () => {
    await page.goto(local + "/en/sign-in");
    await page.fill("#email", "secretariat@demo.invalid");
    await page.fill("#password", demoPassword);
    await page.click("form.stacked button[type=submit]");
  };
  await signIn();
  await page.waitForURL(/\/en\/sign-in\/enrol/);
  await page.fill("#code", await codeFor("secretariat@demo.invalid", (await page.textContent("#totp-secret")).trim()));
  await page.click("form.stacked button[type=submit]");
  await Promise.all([page.waitForURL(/\/en\/account$/), page.locator("main a").last().click()]);
  assert.equal(await page.locator("#passkeys-none").count(), 1);
  await page.fill("#passkey-name", "Virtual key");
  await Promise.all([page.waitForLoadState("load"), page.locator("[data-passkey=register] button").click()]);
  await page.waitForSelector("#passkeys li");
  assert.match(await page.textContent("#passkeys"), /Virtual key/);
  await Promise.all([page.waitForURL(/\/en\/$/), page.click("form[action='/en/sign-out'] button")]);
  await signIn();
  await page.waitForURL(/\/en\/sign-in\/code/);
  await Promise.all([page.waitForURL(/\/en\/account$/), page.locator("[data-passkey=sign-in] button").click()]);
  assert.match(await page.textContent("main"), /secretariat@demo\.invalid/);
  await page.screenshot({ path: join(shots, "passkey-en.png"), fullPage: true });
  await context.close();
});

test("France's focal point writes and submits a reply in Chinese, read back in Arabic", async () => {
  const { page, context } = await open("/zh/sign-in");
  await page.fill("#email", "focal.point@france.demo.invalid");
  await page.fill("#password", demoPassword);
  await page.click("form.stacked button[type=submit]");
  await page.waitForURL(/\/zh\/sign-in\/enrol/);
  await page.fill("#code", await codeFor("focal.point@france.demo.invalid", (await page.textContent("#totp-secret")).trim()));
  await page.click("form.stacked button[type=submit]");
  // From any page, the State's reply is one click away in the header.
  await page.goto(base + "/zh/framework");
  assert.equal(await page.getAttribute("html", "lang"), "zh");
  assert.equal((await page.textContent("#nav-own-reply")).trim(), "本国答复");
  await Promise.all([page.waitForURL(/\/zh\/cycles\/82-76-19\/replies\/FRA$/), page.click("#nav-own-reply")]);
  assert.equal(await page.getAttribute("#nav-own-reply", "aria-current"), "page");
  assert.match(await page.textContent("label[for=answer-0]"), /贵国政府/);
  await page.fill("#answer-0", "法国通过国家应急小组开展合作。\n\n1. 第一点");
  await page.click("form.reply button[type=submit]");
  assert.match(await page.textContent("#notice"), /已保存为第 1 版/);
  await page.click(`form[action$="/submit"] button`);
  assert.match(await page.textContent("#reply-status"), /已提交/);
  await page.screenshot({ path: join(shots, "reply-zh.png"), fullPage: true });
  await page.goto(base + "/ar/cycles/82-76-19/replies/FRA");
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  assert.match(await page.textContent("#reply-status"), /مقدَّم/);
  assert.match(await page.textContent("section.answer"), /法国通过国家应急小组开展合作/);
  assert.equal(await page.locator("section.answer ol li").count(), 1, "the reply's Markdown list rendered");
  await page.screenshot({ path: join(shots, "reply-ar.png"), fullPage: true });
  await context.close();
});

test("nothing typed is lost: a save refused because someone saved meanwhile keeps the text, in Arabic", async () => {
  const { page, context } = await signIn("ar", "focal.point@france.demo.invalid");
  const reply = base + "/ar/cycles/82-76-19/replies/FRA";
  await page.goto(reply);
  // The reply was submitted in the test before: its approver takes it back to draft.
  await page.click(`form[action$="/withdraw"] button`);
  assert.match(await page.textContent("#reply-status"), /مسودة/);
  // A colleague saves in another tab while this one is being written.
  const other = await context.newPage();
  await other.goto(reply);
  await other.fill("#answer-0", "نص حفظه زميل في الأثناء.");
  await other.click("form.reply button[type=submit]");
  assert.match(await other.textContent("#notice"), /حُفظت بوصفها الصيغة 2/);
  await page.fill("#answer-0", "نصي أنا، كتبته بعناية.");
  await page.click("form.reply button[type=submit]");
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  assert.equal(await page.inputValue("#answer-0"), "نصي أنا، كتبته بعناية.", "the text typed stays in the form");
  assert.match(await page.textContent("#theirs-0 .their-text"), /نص حفظه زميل في الأثناء/);
  const notice = (await page.textContent("#notice")).trim();
  assert.doesNotMatch(notice, /[A-Za-z]{3,}/, `English in: ${notice}`);
  assert.match(notice, /الصيغة 2/);
  await page.screenshot({ path: join(shots, "reply-conflict-ar.png"), fullPage: true });
  // Saving again is deliberate: the button says it goes on top of version 2.
  assert.match(await page.textContent("#save-mine"), /الصيغة 2/);
  await page.click("#save-mine");
  assert.match(await page.textContent("#notice"), /حُفظت بوصفها الصيغة 3/);
  assert.equal(await page.inputValue("#answer-0"), "نصي أنا، كتبته بعناية.");
  assert.equal(await page.locator(".theirs").count(), 0);
  await context.close();
});

test("a draft typed in a reply survives a closed tab, and leaving with it asks first, in Chinese", async () => {
  const { page, context } = await signIn("zh", "focal.point@france.demo.invalid", { javaScript: true });
  const reply = base + "/zh/cycles/82-76-19/replies/FRA";
  await page.goto(reply);
  assert.equal(await page.locator(".draft-offer").count(), 0, "nothing kept yet");
  await page.click("#answer-1");
  await page.fill("#answer-1", "尚未保存的草稿：国家计算机应急小组的联络方式。");
  let asked = null;
  page.on("dialog", async (dialog) => {
    asked = dialog.type();
    await dialog.accept();
  });
  const closed = new Promise((resolve) => page.once("close", resolve));
  await page.close({ runBeforeUnload: true });
  await closed;
  assert.equal(asked, "beforeunload", "leaving with unsent text asks first");
  // Back on the page in a new tab: the text is offered, in Chinese.
  const again = await context.newPage();
  await again.goto(reply);
  const offer = again.locator(".draft-offer");
  assert.equal(await offer.count(), 1);
  assert.doesNotMatch((await offer.textContent()).replace(/[0-9\/:,\s.-]+/g, ""), /[A-Za-z]{3,}/);
  assert.equal(await again.inputValue("#answer-1"), "", "the form shows what is saved until asked");
  await again.screenshot({ path: join(shots, "draft-offer-zh.png"), fullPage: true });
  await again.click(".draft-restore");
  assert.equal(await again.inputValue("#answer-1"), "尚未保存的草稿：国家计算机应急小组的联络方式。");
  assert.equal(await offer.count(), 0);
  await again.click("form.reply button[type=submit]");
  assert.match(await again.textContent("#notice"), /已保存为第 4 版/);
  await again.goto(reply);
  assert.equal(await again.locator(".draft-offer").count(), 0, "once sent, nothing is offered again");
  await context.close();
});

test("the public side in Arabic and Chinese: what States reported on norm (g), with its chart, and a State's replies", async () => {
  const { page, context } = await open("/ar/views");
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  assert.ok(await page.isVisible("#chart-norms svg"), "the chart of States per norm is drawn without JavaScript");
  await Promise.all([page.waitForURL(/\/ar\/views\/elements\/norm-g$/), page.locator('#norms a[href$="/views/elements/norm-g"]').click()]);
  assert.match(await page.textContent("#states-reporting"), /2/);
  assert.match(await page.textContent("main"), /كينيا/);
  assert.match(await page.textContent("main"), /منفذة جزئيا/);
  // The bars grow from the right in Arabic: the first bar's right edge is right of its left edge's mirror.
  const box = await page.locator("#chart-statuses rect").first().boundingBox();
  const chart = await page.locator("#chart-statuses svg").boundingBox();
  assert.ok(box.x + box.width > chart.x + chart.width / 2, "the bars start at the right");
  await page.screenshot({ path: join(shots, "views-norm-g-ar.png"), fullPage: true });
  await page.goto(base + "/zh/views/states/CHN");
  assert.equal(await page.getAttribute("html", "lang"), "zh");
  assert.match(await page.textContent("main"), /关键信息基础设施安全保护条例已经施行/);
  assert.match(await page.textContent("main"), /部分执行/);
  await page.screenshot({ path: join(shots, "views-state-zh.png"), fullPage: true });
  await page.goto(base + "/en/views/82-76-19");
  assert.match(await page.textContent("table.cycle-replies"), /China[\s\S]*Kenya/, "the replies in the UN's order");
  await Promise.all([page.waitForURL(/\/report$/), page.click("#report-page")]);
  assert.match(await page.textContent("article.report"), /Replies received from Governments/);
  assert.match(await page.textContent("article.report"), /China[\s\S]*Kenya/, "in the UN's order");
  const download = await page.getAttribute("#report-docx", "href");
  const response = await context.request.get(base + download);
  assert.equal(response.status(), 200);
  assert.match(response.headers()["content-type"], /wordprocessingml/);
  await context.close();
});

// Where each chart's labels and bars are drawn, in the chart's own units: a label must stand
// beside its bar (left of it in LTR, right of it in RTL) and inside the chart.
async function chartLayout(page, selector) {
  return page.$$eval(`${selector} svg.chart g`, (groups) =>
    groups.map((g) => {
      const label = g.querySelector("text.chart-label").getBBox();
      const bar = g.querySelector("rect").getBBox();
      const width = g.ownerSVGElement.viewBox.baseVal.width;
      return { label: { start: label.x, end: label.x + label.width }, bar: { start: bar.x, end: bar.x + bar.width }, width };
    }),
  );
}

test("charts mirror in Arabic with no label over a bar, in English, Chinese and Arabic; screenshots kept", async () => {
  for (const lang of ["en", "zh", "ar"]) {
    const { page, context } = await open(`/${lang}/views`);
    const rtl = (await page.getAttribute("html", "dir")) === "rtl";
    for (const chart of ["#chart-cycles", "#chart-norms"]) {
      const rows = await chartLayout(page, chart);
      assert.ok(rows.length > 0, `${lang} ${chart} has bars`);
      for (const [i, r] of rows.entries()) {
        assert.ok(r.label.start >= 0 && r.label.end <= r.width, `${lang} ${chart} row ${i}: label inside the chart ${JSON.stringify(r)}`);
        if (rtl) assert.ok(r.label.start >= r.bar.end, `${lang} ${chart} row ${i}: label right of its bar ${JSON.stringify(r)}`);
        else assert.ok(r.label.end <= r.bar.start, `${lang} ${chart} row ${i}: label left of its bar ${JSON.stringify(r)}`);
      }
    }
    await page.locator("#chart-norms").screenshot({ path: join(shots, `chart-norms-${lang}.png`) });
    await context.close();
  }
});

test("text in another language carries its own: a Chinese reply on the Arabic report; one language takes the page's width", async () => {
  const { page, context } = await open("/ar/views/82-76-19/report");
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  const chinese = page.locator('article.report [lang="zh"]');
  assert.ok((await chinese.count()) > 0, "the Chinese reply is marked as Chinese");
  assert.equal(await chinese.first().getAttribute("dir"), "ltr");
  assert.match(await chinese.first().textContent(), /中国不断完善网络安全法律制度/);
  assert.equal(await chinese.first().evaluate((e) => getComputedStyle(e).direction), "ltr");
  await page.screenshot({ path: join(shots, "report-ar.png"), fullPage: true });
  // A document in one language: its text beside its places, across the table.
  await page.goto(base + "/en/documents/A/C.1/81/L.7");
  const table = await page.locator("table.paragraphs").boundingBox();
  const text = await page.locator("table.paragraphs td").first().boundingBox();
  assert.ok(text.width > table.width * 0.7, `one language takes the width (${text.width} of ${table.width})`);
  // Two languages share it.
  await page.goto(base + "/ar/documents/A/C.1/81/L.15?compare=zh");
  const cells = page.locator("table.paragraphs tr").nth(1).locator("td");
  const [ar, zh] = [await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()];
  assert.ok(Math.abs(ar.width - zh.width) < 0.1 * ar.width, `two languages share the width (${ar.width}, ${zh.width})`);
  assert.ok(ar.x > zh.x, "the Arabic text at the start (right), the Chinese after it");
  await page.screenshot({ path: join(shots, "document-ar-zh.png"), fullPage: true });
  await context.close();
});

test("the diff of two years' resolutions on a phone: rows stacked, nothing wider than the screen, in Chinese", async () => {
  const { page, context } = await open("/zh/diff?old=A/RES/79/905&new=A/RES/81/5", { width: 360 });
  const rows = page.locator("table.diff tbody tr");
  assert.ok((await rows.count()) > 3, "the paragraphs of both years");
  assert.ok((await page.locator("table.diff ins").count()) > 0 && (await page.locator("table.diff del").count()) > 0);
  const changed = page.locator("table.diff tr.change-changed").first();
  const cells = changed.locator("td");
  const label = await cells.first().boundingBox();
  const textCell = await cells.last().boundingBox();
  assert.ok(textCell.y >= label.y + label.height - 1, "the text below its change label, not beside it");
  assert.ok(textCell.width > 360 * 0.7, `the text takes the screen's width (${textCell.width})`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling (${overflow}px)`);
  await page.screenshot({ path: join(shots, "diff-phone-zh.png"), fullPage: true });
  await context.close();
});

test("a negotiation's compilation in Arabic and Chinese: the English text left to right inside the page, each proposal with its changes and positions; on a phone too", async () => {
  for (const [lang, dir, france] of [["ar", "rtl", "فرنسا"], ["zh", "ltr", "法国"]]) {
    const { page, context } = await open(`/${lang}/negotiations/gm-2026-apr`);
    assert.equal(await page.getAttribute("html", "dir"), dir);
    const text = page.locator("#text");
    assert.equal(await text.getAttribute("lang"), "en");
    assert.equal(await text.evaluate((e) => getComputedStyle(e).direction), "ltr", "the negotiating text reads left to right");
    assert.equal(await page.locator(".proposal").count(), 3);
    assert.ok((await page.locator(".proposal ins").count()) >= 2, "a rewording's words and an added paragraph are insertions");
    assert.match(await page.locator(".proposal del").first().textContent(), /ransomware/, "a deletion strikes the paragraph's words");
    const by = page.locator(".proposal .by").first();
    assert.equal(await by.evaluate((e) => getComputedStyle(e).direction), dir, "who proposed it is told in the page's language");
    assert.match(await page.locator("#text").textContent(), new RegExp(france));
    await page.screenshot({ path: join(shots, `negotiation-${lang}.png`), fullPage: true });
    await context.close();
  }
  {
    // The filter form, without JavaScript: by status; the downloads follow the filter.
    const { page, context } = await open("/ar/negotiations/gm-2026-apr");
    await page.selectOption("form.filters select[name=status]", "opposed");
    await Promise.all([page.waitForURL(/status=opposed/), page.click("form.filters button[type=submit]")]);
    assert.equal(await page.locator(".proposal").count(), 0, "no State opposes any of the demo's proposals");
    assert.match(await page.getAttribute("#download-akn", "href"), /compilation\.xml\?revision=0&status=opposed$/);
    await page.selectOption("form.filters select[name=status]", "unopposed");
    await Promise.all([page.waitForURL(/status=unopposed/), page.click("form.filters button[type=submit]")]);
    assert.equal(await page.locator(".proposal").count(), 3);
    await context.close();
  }
  const { page, context } = await open("/ar/negotiations/gm-2026-apr?state=KEN", { width: 360 });
  assert.equal(await page.locator(".proposal").count(), 1, "Kenya's proposal only");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling (${overflow}px)`);
  await page.screenshot({ path: join(shots, "negotiation-phone-ar.png"), fullPage: true });
  await context.close();
});

test("Kenya's negotiator proposes and takes a position in Arabic without JavaScript; the Chair decides in English and builds Rev.1", async () => {
  const kenya = await signIn("ar", "focal.point@kenya.demo.invalid");
  const { page } = kenya;
  await page.goto(base + "/ar/negotiations/gm-2026-apr");
  assert.match(await page.textContent("#acting"), /كينيا/);
  await Promise.all([page.waitForURL(/\/propose\?place=p4$/), page.click("a[href$='propose?place=p4']")]);
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  assert.equal(await page.locator("#text").evaluate((e) => getComputedStyle(e).direction), "ltr", "the negotiating text is edited left to right");
  await page.fill("#text", "States recalled and reaffirmed the framework of responsible State behaviour in the use of ICTs.");
  await page.fill("#justification", "يعكس اللغة المتفق عليها.");
  await page.screenshot({ path: join(shots, "negotiation-propose-ar.png"), fullPage: true });
  await Promise.all([page.waitForURL(/done=filed/), page.click("#propose button[type=submit]")]);
  assert.match(await page.textContent("#notice"), /قُدّم مقترحكم/);
  assert.equal(await page.locator(".proposal").count(), 4);
  // A position on France's proposal, changed from support to a reservation.
  const france = page.locator(".proposal", { hasText: "critical information infrastructure" });
  assert.equal(await france.locator("select[name=stance]").inputValue(), "support", "Kenya's position as recorded");
  await france.locator("select[name=stance]").selectOption("reserve");
  await Promise.all([page.waitForURL(/done=position/), france.locator("form.position button").click()]);
  assert.match(await page.textContent("#notice"), /سُجّل موقفكم/);
  await kenya.context.close();

  const chair = await signIn("en", "secretariat@demo.invalid");
  await chair.page.goto(base + "/en/negotiations/gm-2026-apr");
  await Promise.all([chair.page.waitForURL(/\/decide$/), chair.page.click("#decide")]);
  const decisions = chair.page.locator("fieldset.decision");
  assert.equal(await decisions.count(), 4);
  for (let i = 0; i < 4; i++) {
    await decisions.nth(i).locator("input[value=accept]").check();
    await decisions.nth(i).locator("input[type=text]").fill("Agreed in the informal consultations.");
  }
  await chair.page.fill("#deadline", "2099-03-14T18:00");
  await chair.page.screenshot({ path: join(shots, "negotiation-decide-en.png"), fullPage: true });
  await Promise.all([chair.page.waitForURL(/done=revised/), chair.page.click("#decisions button[type=submit]")]);
  assert.match(await chair.page.textContent("#revision"), /Rev\.1/);
  assert.match(await chair.page.textContent("#text"), /recalled and reaffirmed/);
  assert.match(await chair.page.textContent("main"), /18:00 New York time/);
  // Rev.1 against the zero draft, from the negotiation's page: the Chair's four decisions as
  // changed words, and the same as Word.
  await Promise.all([chair.page.waitForURL(/\/compare\?to=1$/), chair.page.click("#compare-link")]);
  assert.ok((await chair.page.locator("tr.change-changed").count()) >= 1, "paragraphs reworded in Rev.1");
  assert.match(await chair.page.textContent("table.diff ins"), /\S/);
  assert.match(await chair.page.getAttribute("#download-docx", "href"), /compare\.docx\?from=0&to=1$/);
  await chair.context.close();
  const { page: ar, context: arContext } = await open("/ar/negotiations/gm-2026-apr/compare");
  assert.equal(await ar.getAttribute("html", "dir"), "rtl");
  assert.equal(await ar.getAttribute("table.diff td[lang=en]", "dir"), "ltr", "the English text keeps its direction");
  assert.match(await ar.textContent("#compared"), /Rev\.1/);
  await ar.screenshot({ path: join(shots, "negotiation-compare-ar.png"), fullPage: true });
  await arContext.close();
});

test("the Secretariat opens a negotiation in Arabic and Chinese, uploading its zero draft without JavaScript: a Word 97-2003 file is refused and the form kept", async () => {
  const { page, context } = await signIn("ar", "secretariat@demo.invalid");
  await page.goto(base + "/ar/negotiations");
  await Promise.all([page.waitForURL(/\/ar\/negotiations\/new$/), page.click("#open-negotiation")]);
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  const fill = async () => {
    await page.fill("#name", "gm-2027-jan");
    await page.fill("#title", "Annual progress report");
    await page.fill("#process", "Global Mechanism, third substantive plenary");
    await page.fill("#chair", "secretariat@demo.invalid");
    await page.fill("#deadline", "2099-01-20T18:00");
  };
  await fill();
  // The bytes a Word 97-2003 file opens with.
  const legacy = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
  await page.setInputFiles("#file", { name: "zero-draft.doc", mimeType: "application/msword", buffer: legacy });
  await Promise.all([page.waitForURL(/\/ar\/negotiations$/), page.click("#open-form button[type=submit]")]);
  assert.match(await page.textContent("#errors"), /Word 97-2003/);
  assert.match(await page.textContent("#errors"), /لم يتغير شيء/);
  assert.equal(await page.inputValue("#title"), "Annual progress report", "the form as sent");
  await page.screenshot({ path: join(shots, "negotiation-open-refused-ar.png"), fullPage: true });
  await context.close();

  const zh = await signIn("zh", "secretariat@demo.invalid");
  await zh.page.goto(base + "/zh/negotiations/new");
  assert.equal(await zh.page.getAttribute("html", "lang"), "zh");
  await zh.page.fill("#name", "gm-2027-jan");
  await zh.page.fill("#title", "Annual progress report");
  await zh.page.fill("#chair", "secretariat@demo.invalid");
  const draft = "# Draft annual progress report\n\n1. The Global Mechanism held its third substantive plenary.\n\n2. States recalled the framework:\n(a) the norms;\n(b) confidence-building measures.\n";
  await zh.page.setInputFiles("#file", { name: "zero-draft.md", mimeType: "text/markdown", buffer: Buffer.from(draft) });
  await zh.page.screenshot({ path: join(shots, "negotiation-open-zh.png"), fullPage: true });
  await Promise.all([zh.page.waitForURL(/\/zh\/negotiations\/gm-2027-jan\?done=opened$/), zh.page.click("#open-form button[type=submit]")]);
  assert.match(await zh.page.textContent("#notice"), /谈判已依零案文开启/);
  assert.match(await zh.page.textContent("#text"), /third substantive plenary[\s\S]*confidence-building measures/);
  // Its Chair puts the Chair's own zero draft in its place while nothing rests on it.
  await zh.page.goto(base + "/zh/negotiations/gm-2027-jan/decide");
  assert.match(await zh.page.textContent("#redraft-form"), /替换零稿/);
  await zh.page.fill("#redraft-text", "# The Chair's zero draft\n\n1. The Global Mechanism met in New York.\n");
  await Promise.all([zh.page.waitForURL(/done=redrafted$/), zh.page.click("#redraft-form button[type=submit]")]);
  assert.match(await zh.page.textContent("#notice"), /零稿现为主席的零稿/);
  assert.match(await zh.page.textContent("#text"), /met in New York/);
  assert.doesNotMatch(await zh.page.textContent("#text"), /third substantive plenary/);
  await zh.context.close();
});

test("an NGO accredited to the demo negotiation gives a written input in Arabic without JavaScript; it shows under its paragraph, apart from the proposals", async () => {
  const ngo = await signIn("ar", "voices@ngo.demo.invalid");
  await ngo.page.goto(base + "/ar/negotiations/gm-2026-apr");
  assert.equal(await ngo.page.locator("a[href*='/propose?place=']").count(), 0, "a stakeholder proposes nothing");
  const link = ngo.page.locator("section.paragraph .act a[href*='?input=']").first();
  const place = new URL(await link.getAttribute("href"), base).searchParams.get("input");
  await Promise.all([ngo.page.waitForURL(/\?input=/), link.click()]);
  assert.equal(await ngo.page.inputValue("#input-place"), place, "the paragraph chosen from its link");
  assert.match(await ngo.page.textContent("#stakeholder-input h2"), /Cyber Peace NGO/);
  // Refused first (nothing written), told in Arabic; then given.
  await ngo.page.evaluate(() => document.querySelector("#input-text").removeAttribute("required"));
  await ngo.page.click("#input-form button[type=submit]");
  assert.match(await ngo.page.textContent("#errors"), /ينقص/);
  await ngo.page.fill("#input-text", "نقترح ذكر المستشفيات صراحةً.");
  assert.equal(await ngo.page.inputValue("#input-lang"), "en", "the negotiating language until the NGO says otherwise");
  await ngo.page.selectOption("#input-lang", "ar");
  await Promise.all([ngo.page.waitForURL(/done=input/), ngo.page.click("#input-form button[type=submit]")]);
  const inputs = ngo.page.locator(`section#${place} aside.inputs`);
  assert.match(await inputs.textContent(), /نقترح ذكر المستشفيات/);
  const written = inputs.locator("p[lang=ar]", { hasText: "نقترح ذكر المستشفيات" });
  assert.equal(await written.getAttribute("dir"), "rtl", "an Arabic input reads right to left inside the English text");
  assert.match(await inputs.textContent(), /صوت لا تصويت/);
  assert.equal(await inputs.locator(".proposal").count(), 0);
  await ngo.page.screenshot({ path: join(shots, "negotiation-stakeholder-ar.png"), fullPage: true });
  await ngo.context.close();
});

test("a Point of Contact reads the directory in Chinese and Arabic; the directory manager's queue is not theirs", async () => {
  const { page, context } = await open("/zh/sign-in");
  await page.fill("#email", "poc@china.demo.invalid");
  await page.fill("#password", demoPassword);
  await page.click("form.stacked button[type=submit]");
  await page.waitForURL(/\/zh\/sign-in\/enrol/);
  await page.fill("#code", await codeFor("poc@china.demo.invalid", (await page.textContent("#totp-secret")).trim()));
  await page.click("form.stacked button[type=submit]");
  await page.goto(base + "/zh/account");
  await Promise.all([page.waitForURL(/\/zh\/contacts$/), page.click('#directory-links a[href="/zh/contacts"]')]);
  assert.equal(await page.getAttribute("html", "lang"), "zh");
  const text = await page.textContent("main");
  assert.match(text, /联络点名录/);
  assert.match(text, /肯尼亚[\s\S]*Wanjiru Kamau/);
  assert.match(text, /李伟/);
  await page.screenshot({ path: join(shots, "contacts-zh.png"), fullPage: true });
  const response = await page.goto(base + "/ar/contacts");
  assert.equal(response.headers()["x-robots-tag"], "noindex, nofollow");
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  assert.match(await page.textContent("main"), /كينيا/);
  await page.screenshot({ path: join(shots, "contacts-ar.png"), fullPage: true });
  const queue = await page.goto(base + "/en/contacts/changes");
  assert.equal(queue.status(), 403, "verifying is the directory manager's");
  await context.close();
});

// Signs a demo account in: enrols its authenticator the first time, gives a code after.
async function signIn(lang, email, { javaScript = false, bypassCSP = false } = {}) {
  const { page, context } = await open(`/${lang}/sign-in`, { javaScript, bypassCSP });
  await page.fill("#email", email);
  await page.fill("#password", demoPassword);
  await Promise.all([page.waitForURL(new RegExp(`/${lang}/sign-in/(enrol|code)`)), page.click("form.stacked button[type=submit]")]);
  const enrolling = page.url().includes("/sign-in/enrol");
  const secret = enrolling ? (await page.textContent("#totp-secret")).trim() : undefined;
  await page.fill("#code", await codeFor(email, secret));
  if (enrolling) {
    // The recovery codes are shown once, on the page the enrolment answers with.
    await page.click("form.stacked button[type=submit]");
    await page.waitForSelector("#recovery-codes");
  } else {
    await Promise.all([page.waitForURL((url) => !url.pathname.includes("/sign-in/")), page.click("form.stacked button[type=submit]")]);
  }
  return { page, context };
}

test("China's contact writes to Kenya in Chinese; Kenya's focal point reads and acknowledges it in Arabic", async () => {
  const china = await signIn("zh", "poc@china.demo.invalid");
  await china.page.goto(base + "/zh/account");
  await Promise.all([china.page.waitForURL(/\/zh\/messages$/), china.page.click("#messages-link")]);
  await Promise.all([china.page.waitForURL(/\/zh\/messages\/new$/), china.page.click("#message-new")]);
  assert.equal(await china.page.getAttribute("html", "lang"), "zh");
  await china.page.selectOption("#kind", "request_information");
  await china.page.selectOption("#recipients", ["KEN"]);
  await china.page.fill("#subject", "电网运营商遭受勒索软件攻击");
  await china.page.selectOption("#sector", "energy");
  await china.page.selectOption("#urgency", "high");
  await china.page.selectOption("#tlp", "amber");
  await china.page.selectOption("#elements", ["norm-h"]);
  await china.page.fill("#body", "请提供相关指标。");
  await Promise.all([china.page.waitForURL(/\/zh\/messages\/[0-9a-f-]{36}$/), china.page.click("#compose button[type=submit]")]);
  assert.match(await china.page.textContent("main"), /信息请求[\s\S]*TLP:AMBER/);
  assert.match(await china.page.textContent("main"), /肯尼亚: 待确认/);
  await china.page.screenshot({ path: join(shots, "message-zh.png"), fullPage: true });
  await china.context.close();

  const kenya = await signIn("ar", "focal.point@kenya.demo.invalid");
  const response = await kenya.page.goto(base + "/ar/messages");
  assert.equal(response.headers()["x-robots-tag"], "noindex, nofollow");
  assert.equal(await kenya.page.getAttribute("html", "dir"), "rtl");
  assert.match(await kenya.page.textContent("#threads"), /بانتظار الإقرار بالاستلام/);
  await Promise.all([kenya.page.waitForURL(/\/ar\/messages\/[0-9a-f-]{36}$/), kenya.page.locator("#threads a").first().click()]);
  assert.match(await kenya.page.textContent("main"), /电网运营商遭受勒索软件攻击/);
  assert.match(await kenya.page.textContent("main"), /طلب معلومات/);
  await kenya.page.locator('button[id^="acknowledge-"]').click();
  assert.match(await kenya.page.textContent("#notice"), /تم الإقرار بالاستلام/);
  await kenya.page.screenshot({ path: join(shots, "message-ar.png"), fullPage: true });
  await kenya.context.close();
});

test("the Secretariat fetches documents from the ODS in Arabic and sees what to check in a reading", async () => {
  const symbols = Object.keys(odsFiles);
  const { page, context } = await signIn("ar", "secretariat@demo.invalid");
  await page.goto(base + "/ar/account");
  await Promise.all([page.waitForURL(/\/ar\/fetches$/), page.click("#fetches-link")]);
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  // Something that is not a symbol is named, and what was typed stays.
  await page.fill("#symbols", `${symbols.join("\n")}\nليس-رمزا`);
  for (const lang of ["zh", "fr", "ru", "es"]) await page.uncheck(`input[name=lang][value=${lang}]`);
  await page.click("#fetch-form button[type=submit]");
  assert.match(await page.textContent("#problems"), /ليست هذه رموز وثائق: ليس-رمزا/);
  assert.match(await page.inputValue("#symbols"), /ليس-رمزا/);
  assert.equal(await page.locator("input[name=lang]:checked").count(), 2, "the languages as ticked");
  await page.fill("#symbols", symbols.join("\n"));
  await Promise.all([page.waitForURL(/\/ar\/fetches\/[0-9a-f-]{36}$/), page.click("#fetch-form button[type=submit]")]);
  // The page refreshes itself (no JavaScript) until the server has worked through the fetch.
  const finished = "انتهى";
  for (let i = 0; i < 60 && !(await page.textContent("#state")).includes(finished); i++) {
    await page.waitForTimeout(1000);
  }
  assert.equal((await page.textContent("#state")).trim(), finished);
  assert.equal(await page.locator("#items tbody tr").count(), symbols.length * 2);
  assert.equal(await page.locator("#items tr.stored").count(), symbols.length, "each English version stored");
  assert.equal(await page.locator("#items tr.refused").count(), symbols.length, "no Arabic version on this ODS");
  assert.match(await page.textContent("#items"), /ليس في نظام الوثائق الرسمية نسخة من هذه الوثيقة بهذه اللغة/);
  assert.match(await page.textContent("#items"), /مواضع تحتاج إلى تحقق: 2/);
  await page.screenshot({ path: join(shots, "fetch-ar.png"), fullPage: true });
  // The reading's warnings, on the document's page, in Arabic, for the Secretariat.
  await Promise.all([page.waitForURL(/\/ar\/documents\/A\/C\.1\/81\/L\.40$/), page.click("#items a[href='/ar/documents/A/C.1/81/L.40']")]);
  const warnings = page.locator("#reading-warnings");
  assert.equal(await warnings.count(), 1);
  assert.match(await warnings.textContent(), /ما يبدو خطأً في هذه القراءة/);
  assert.match(await warnings.textContent(), /Atlantis/);
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector("#reading-warnings")).direction), "rtl");
  await page.screenshot({ path: join(shots, "document-warnings-ar.png"), fullPage: true });
  await context.close();
  // The public reads the same document without them.
  const visitor = await open("/ar/documents/A/C.1/81/L.40");
  assert.equal(visitor.response.status(), 200);
  assert.equal(await visitor.page.locator("#reading-warnings").count(), 0);
  await visitor.context.close();
});

test("a refusal is told in the page's language: a start in the past in Chinese, a round too long in Arabic, no English", async () => {
  const noEnglish = (text) => assert.doesNotMatch(text, /[A-Za-z]{3,}/, `English in: ${text}`);
  const { page, context } = await signIn("zh", "secretariat@demo.invalid");
  await page.goto(base + "/zh/checks");
  assert.equal(await page.getAttribute("html", "lang"), "zh");
  await page.fill("#schedule-title", "季度检查");
  await page.fill("#start_at", "2020-01-06T09:00");
  await page.click("#schedule button[type=submit]");
  const zh = (await page.textContent("#notice")).trim();
  // The time is written as Chinese writes it; UTC is the one abbreviation every language keeps.
  assert.match(zh, /开始时间[\s\S]*2020年1月6日[\s\S]*09:00 UTC[\s\S]*已过/);
  noEnglish(zh.replace("UTC", ""));
  assert.equal(await page.locator("#schedules").count(), 0, "nothing was scheduled");
  await page.screenshot({ path: join(shots, "refusal-zh.png"), fullPage: true });

  await page.goto(base + "/ar/checks");
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  await page.fill("#schedule-title", "فحص فصلي");
  await page.fill("#start_at", "2099-01-06T09:00");
  // A browser that does not check the field's bounds still gets a clear answer from the server.
  await page.$eval("#window_hours", (input) => input.removeAttribute("max"));
  await page.fill("#window_hours", "900");
  await page.click("#schedule button[type=submit]");
  const ar = (await page.textContent("#notice")).trim();
  assert.match(ar, /مدة الجولة بالساعات من 1 إلى 720، لا 900/);
  noEnglish(ar);
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector("#notice")).direction), "rtl");
  assert.equal(await page.locator("#schedules").count(), 0, "nothing was scheduled");
  await page.screenshot({ path: join(shots, "refusal-ar.png"), fullPage: true });
  await context.close();
});

test("the Secretariat sees in Arabic which Member States have not submitted, and reminds them in one action", async () => {
  const { page, context } = await signIn("ar", "secretariat@demo.invalid");
  await page.goto(base + "/ar/cycles/82-76-19");
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  const heading = (await page.textContent("#waiting-title")).trim();
  assert.doesNotMatch(heading, /[A-Za-z]{3,}/, heading);
  assert.match(await page.textContent("#waiting"), /فرنسا/, "France's reply is back in draft");
  assert.doesNotMatch(await page.textContent("#waiting"), /كينيا/, "Kenya's reply is published");
  await page.click("#remind button");
  // The demo delivers to its own mailbox: the reminder goes out, told in Arabic.
  const notice = (await page.textContent("#notice")).trim();
  assert.match(notice, /تذكير/, notice);
  assert.doesNotMatch(notice, /[A-Za-z]{3,}/, notice);
  await page.screenshot({ path: join(shots, "cycle-waiting-ar.png"), fullPage: true });
  // The Secretariat reads it in the demo's mailbox, delivered.
  await page.goto(base + "/ar/outbox");
  // The outbox is delivered by the server's jobs every few seconds.
  for (let i = 0; i < 40 && (await page.locator("li.mail-sent").count()) === 0; i++) {
    await page.waitForTimeout(500);
    await page.reload();
  }
  assert.ok((await page.locator("li.mail-sent .mail-body").count()) > 0, "a reminder delivered, shown whole");
  await page.screenshot({ path: join(shots, "outbox-ar.png"), fullPage: true });
  await context.close();
});

test("a check round in the demo, end to end: started in the portal, delivered to the demo's mailbox, acknowledged from the mail's link", async () => {
  const { page, context } = await signIn("en", "secretariat@demo.invalid");
  // The demo's own finished round mailed its links at the start: this round's are the new ones.
  const ackLinks = async () => {
    await page.goto(base + "/en/outbox");
    const bodies = await page.locator("li.mail-sent .mail-body").allTextContents();
    return bodies.flatMap((b) => b.match(/https?:\/\/\S+\/ack\/\S+/g) ?? []);
  };
  const before = new Set(await ackLinks());
  await page.goto(base + "/en/checks");
  await page.fill("#title", "Demo ping");
  await page.fill("#deadline", "2099-01-06T09:00");
  await Promise.all([page.waitForLoadState(), page.click("form.stacked button[type=submit] >> nth=0")]);
  assert.match((await page.textContent("#notice")).trim(), /\d/, "the round started and says how many were asked");
  let link;
  for (let i = 0; i < 40 && !link; i++) {
    link = (await ackLinks()).find((l) => !before.has(l));
    if (!link) await page.waitForTimeout(500);
  }
  assert.ok(link, "the check's mail reached the demo's mailbox with its link");
  await page.goto(base + new URL(link).pathname);
  await Promise.all([page.waitForLoadState(), page.click("#acknowledge")]);
  assert.ok(await page.locator("#outcome").isVisible(), "the acknowledgement is recorded");
  await context.close();
});


// axe-core, from the npm registry, run in the page: the WCAG 2.1 A and AA rules.
const axeSource = join(here, "node_modules", "axe-core", "axe.min.js");
async function axeViolations(page) {
  await page.addScriptTag({ path: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(", ")}`);
}

test("accessibility (axe-core, WCAG 2.1 AA): no violation on public and signed-in pages in English and Arabic", async () => {
  const found = [];
  for (const lang of ["en", "ar"]) {
    const q = lang === "ar" ? "%D8%A7%D9%84%D8%A7%D8%B3%D8%AA%D8%AC%D8%A7%D8%A8%D8%A9" : "critical%20infrastructure";
    for (const path of ["/", "/states?region=002", "/states/KEN", "/framework/norm-g", `/search?q=${q}`, "/documents/A/C.1/81/L.7", "/views", "/negotiations/gm-2026-apr", "/negotiations/gm-2026-apr/compare", "/sign-in"]) {
      const { page, context } = await open(`/${lang}${path}`, { javaScript: true, bypassCSP: true });
      found.push(...(await axeViolations(page)).map((v) => `/${lang}${path} ${v}`));
      await context.close();
    }
    const { page, context } = await signIn(lang, "secretariat@demo.invalid", { javaScript: true, bypassCSP: true });
    for (const path of ["/account", "/outbox", "/checks", "/cycles", "/contacts", "/audit", "/negotiations/new"]) {
      await page.goto(`${base}/${lang}${path}`);
      found.push(...(await axeViolations(page)).map((v) => `/${lang}${path} (signed in) ${v}`));
    }
    await context.close();
  }
  assert.deepEqual(found, []);
});

test("no English on Chinese and Arabic pages: every public page reached from the home page, text in another language marked as such", async () => {
  // Symbols, codes and names that every language writes in Latin letters.
  const allowed = new Set(["Comity", "OpenAPI", "UTC", "ICT", "ICTs", "PDF", "DOCX", "CSV", "JSON", "API", "TAXII", "STIX", "TLP", "ODS", "RES", "Rev", "Add", "Corr", "CRP", "OpenPGP", "TOTP"]);
  const found = [];
  for (const lang of ["zh", "ar"]) {
    const { page, context } = await open(`/${lang}/`, { javaScript: true, bypassCSP: true });
    const queue = [`/${lang}/`, `/${lang}/search?q=${lang === "zh" ? "%E5%9B%BD%E5%AE%B6" : "%D8%A7%D9%84%D8%AF%D9%88%D9%84"}`];
    const seen = new Set(queue);
    let visited = 0;
    while (queue.length > 0 && visited < 80) {
      const path = queue.shift();
      const response = await page.goto(base + path);
      visited += 1;
      if (!response || response.status() !== 200 || !(response.headers()["content-type"] || "").startsWith("text/html")) continue;
      const { words, links } = await page.evaluate((pageLang) => {
        const words = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const element = node.parentElement;
          // Text in another language says so; code, symbols and addresses are not words.
          if (element.closest("[lang]").getAttribute("lang") !== pageLang) continue;
          if (element.closest("code, pre, script, style")) continue;
          // Fluent isolates what it inserts (U+2068 ... U+2069): a word inside is still a word.
          for (const w of node.textContent.replace(/[\u2066-\u2069]/g, " ").split(/[\s,.;:()«»"“”'’\/·—–-]+/)) {
            if (/^[A-Za-z]{3,}$/.test(w)) words.push(w);
          }
        }
        const links = [...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href"));
        return { words, links };
      }, lang);
      for (const w of words) if (!allowed.has(w)) found.push(`${path}: ${w}`);
      for (const href of links) {
        if (!href.startsWith(`/${lang}/`) || href.includes("sign-in") || href.includes(".docx") || seen.has(href)) continue;
        seen.add(href);
        queue.push(href);
      }
    }
    console.log(`${lang}: ${visited} pages crawled`);
    assert.ok(visited >= 20, `${lang}: only ${visited} pages reached`);
    await context.close();
  }
  const byPage = {};
  for (const f of new Set(found)) { const [p, w] = f.split(": "); const k = p; (byPage[k] ??= new Set()).add(w); }
  assert.deepEqual(Object.entries(byPage).map(([k, ws]) => `${k}: ${[...ws].slice(0, 8).join(" ")}`), []);
});
