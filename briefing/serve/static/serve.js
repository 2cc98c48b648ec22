// briefing serve: the workspace's few lines of JavaScript (no framework, no build step).
"use strict";
(function () {
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  for (const t of document.querySelectorAll("time[data-epoch]")) {
    t.textContent = new Date(Number(t.dataset.epoch) * 1000).toLocaleString();
  }
  const root = document.getElementById("workspace");
  if (!root) return;
  const name = root.dataset.name;
  const base = "/b/" + name;
  const editor = document.getElementById("editor");
  const gutter = document.getElementById("gutter");
  const mirror = document.getElementById("mirror");
  const pagesBox = document.getElementById("pages");
  const problemsBox = document.getElementById("problems");
  const statusBox = document.getElementById("build-status");
  const conflictBox = document.getElementById("conflict");
  let currentFile = "article.md";
  const versions = { "article.md": root.dataset.version };
  let generation = 0;
  let badLines = new Map();
  let dirty = false;

  async function post(url, body, form) {
    const headers = { "X-CSRF-Token": csrf, "Accept": "application/json" };
    let data = body;
    if (!form) { headers["Content-Type"] = "application/json"; data = JSON.stringify(body); }
    const response = await fetch(url, { method: "POST", headers, body: data });
    let answer = {};
    try { answer = await response.json(); } catch (e) { answer = { error: response.statusText }; }
    answer.status = response.status;
    return answer;
  }

  // ---- line numbers beside soft-wrapped lines: each number as tall as its line
  function numberLines() {
    const lines = editor.value.split("\n");
    mirror.style.width = editor.clientWidth + "px";
    mirror.replaceChildren(...lines.map((l) => {
      const d = document.createElement("div"); d.textContent = l || " "; return d;
    }));
    const heights = Array.from(mirror.children, (d) => d.offsetHeight);
    gutter.replaceChildren(...lines.map((_, i) => {
      const d = document.createElement("div");
      d.textContent = i + 1; d.style.height = heights[i] + "px";
      if (badLines.has(i + 1)) { d.className = "bad"; d.title = badLines.get(i + 1); }
      return d;
    }));
    gutter.scrollTop = editor.scrollTop;
  }
  let numberTimer = null;
  editor.addEventListener("input", () => {
    dirty = true; clearTimeout(numberTimer); numberTimer = setTimeout(numberLines, 120);
  });
  editor.addEventListener("scroll", () => { gutter.scrollTop = editor.scrollTop; });
  window.addEventListener("resize", numberLines);

  function caret() {
    const before = editor.value.slice(0, editor.selectionStart);
    const line = before.split("\n").length;
    return { line, column: before.length - before.lastIndexOf("\n") - 1 };
  }

  async function openFile(file, line) {
    if (file !== currentFile) {
      if (dirty && !confirm(`Leave ${currentFile} without saving?`)) return;
      const answer = await (await fetch(`${base}/files/${file}`, { headers: { Accept: "application/json" } })).json();
      editor.value = answer.text; versions[file] = answer.version;
      currentFile = file; dirty = false;
      for (const tab of document.querySelectorAll("button.tab")) {
        tab.setAttribute("aria-pressed", String(tab.dataset.file === file));
      }
      numberLines();
    }
    if (line) jumpToLine(line);
  }
  for (const tab of document.querySelectorAll("button.tab")) {
    tab.addEventListener("click", () => openFile(tab.dataset.file));
  }

  function jumpToLine(line) {
    const lines = editor.value.split("\n");
    let offset = 0;
    for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
    editor.focus();
    editor.setSelectionRange(offset, offset + (lines[line - 1] || "").length);
    const row = gutter.children[line - 1];
    if (row) editor.scrollTop = row.offsetTop - editor.clientHeight / 3;
  }

  async function jumpToText(text) {
    await openFile("article.md");
    const plain = (s) => s.replace(/<[^>]*>/g, "");
    const lines = editor.value.split("\n");
    const probe = text.slice(0, 16);
    const index = lines.findIndex((l) => plain(l).includes(probe));
    if (index >= 0) jumpToLine(index + 1);
  }

  // ---- save
  async function save() {
    const { line, column } = caret();
    conflictBox.hidden = true;
    statusBox.textContent = "saving…";
    const file = currentFile;
    const answer = await post(base + "/article", { file, text: editor.value, version: versions[file], line, column });
    if (answer.status === 409) {
      conflictBox.textContent = answer.error; conflictBox.hidden = false;
      statusBox.textContent = "not saved"; return;
    }
    if (answer.status !== 200) { statusBox.textContent = "not saved: " + answer.error; return; }
    versions[file] = answer.version; generation = answer.generation; dirty = false;
    poll(true);
  }
  document.getElementById("save").addEventListener("click", save);
  document.addEventListener("keydown", (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key === "s") { e.preventDefault(); save(); }
  });

  document.getElementById("meta-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const form = new FormData(e.target);
    form.append("version", versions["article.md"]);
    const answer = await post(base + "/meta", form, true);
    if (answer.status === 409) { conflictBox.textContent = answer.error; conflictBox.hidden = false; return; }
    if (answer.status !== 200) { showProblems(answer.problems || [{ message: answer.error }]); return; }
    versions["article.md"] = answer.version; generation = answer.generation;
    if (currentFile === "article.md") { editor.value = answer.text; numberLines(); }
    poll(true);
  });

  // ---- the preview
  function showProblems(problems) {
    badLines = new Map();
    problemsBox.replaceChildren(...problems.map((p) => {
      const li = document.createElement("li");
      const where = document.createElement("a");
      where.href = "#"; where.className = "where";
      where.textContent = (p.file || "") + (p.line ? ":" + p.line : "");
      if ((p.name === "article.md" || p.name === "figures.yaml") && p.line) {
        if (p.name === currentFile) badLines.set(p.line, p.message);
        where.addEventListener("click", (e) => { e.preventDefault(); openFile(p.name, p.line); });
      }
      li.append(where, " " + p.message);
      if (p.fix) { const f = document.createElement("div"); f.className = "fix"; f.textContent = "fix: " + p.fix; li.append(f); }
      return li;
    }));
    numberLines();
  }

  // A picture replaces the one shown only once it has loaded: no blank in between.
  function setPicture(figure, url, key) {
    figure.dataset.hash = key;
    const next = new Image();
    next.onload = () => {
      if (figure.dataset.hash === key) figure.querySelector("img").src = url;
    };
    next.src = url;
  }

  // The page at the caret drawn ahead of the PDF, until the PDF's own picture is ready
  // (or the build withdraws it: that page then shows its last good picture again).
  function showPages(listed, edited, provisional) {
    const boxes = pagesBox.children;
    const pages = listed.slice();  // (a page drawn ahead may be past the last good PDF's)
    while (provisional && pages.length < provisional.page) {
      pages.push({ number: pages.length + 1, hash: null, url: null });
    }
    pages.forEach((p, i) => {
      let figure = boxes[i];
      if (!figure) {
        figure = document.createElement("figure");
        figure.dataset.testid = "page";
        figure.setAttribute("data-testid", "page");
        const img = document.createElement("img");
        img.alt = "page " + p.number;
        const caption = document.createElement("figcaption");
        figure.append(img, caption);
        pagesBox.append(figure);
      }
      figure.querySelector("figcaption").textContent = String(p.number);
      const ahead = provisional && provisional.page === p.number;
      figure.classList.toggle("edited", p.number === (provisional ? provisional.page : edited));
      figure.classList.toggle("provisional", !!ahead);
      if (ahead) {
        if (figure.dataset.hash !== "ahead:" + provisional.url) {
          setPicture(figure, provisional.url, "ahead:" + provisional.url);
        }
        figure.classList.remove("stale");
      } else if (p.url && figure.dataset.hash !== p.hash) {
        setPicture(figure, p.url, p.hash);
        figure.classList.remove("stale");
      } else if (!p.url) {
        figure.classList.add("stale");
      }
    });
    while (boxes.length > pages.length) boxes[boxes.length - 1].remove();
  }

  let pollTimer = null;
  let scrolledTo = 0;
  async function poll(now) {
    clearTimeout(pollTimer);
    if (!now) { pollTimer = setTimeout(() => poll(true), 150); return; }
    let state;
    try { state = await (await fetch(base + "/status", { headers: { Accept: "application/json" } })).json(); }
    catch (e) { pollTimer = setTimeout(() => poll(true), 2000); return; }
    const ahead = state.provisional && state.provisional.generation === state.generation
      && state.status === "building" ? state.provisional : null;
    showPages(state.pages, state.edited_page, ahead);
    if (state.status === "failed") {
      showProblems(state.problems);
      statusBox.textContent = "build failed — the last good preview stays";
      statusBox.className = "status failed";
    } else if (state.status === "ok") {
      showProblems([]);
      statusBox.textContent = `built: ${state.pages.length} pages, ${state.template || ""} (${(state.seconds || 0).toFixed(2)} s)`;
      statusBox.className = "status ok";
    } else {
      statusBox.textContent = ahead ? `page ${ahead.page} drawn ahead — building the PDF…`
        : "building…";
      statusBox.className = "status building";
    }
    const editedNumber = ahead ? ahead.page : state.edited_page;
    const edited = editedNumber && pagesBox.children[editedNumber - 1];
    if (edited && state.generation !== scrolledTo && edited.dataset.hash) {
      scrolledTo = state.generation;
      pagesBox.scrollTop = edited.offsetTop - pagesBox.offsetTop;
    }
    if (!dirty && state.versions[currentFile] !== versions[currentFile] && state.status !== "building") {
      conflictBox.textContent = `${currentFile} changed on disk (another tab or an editor): reload the page to see it.`;
      conflictBox.hidden = false;
    }
    pollTimer = setTimeout(() => poll(true), state.status === "building" ? 120 : 3000);
  }

  // ---- review: accept/reject figures, tick doubts, jump to lines
  const reviewBox = document.getElementById("review");
  async function reloadReview() {
    const response = await fetch(base + "/review");
    reviewBox.innerHTML = await response.text();
  }
  reviewBox.addEventListener("click", async (e) => {
    const target = e.target.closest("a.jump, button[data-action], button[data-tick], button[data-edit]");
    if (!target) return;
    e.preventDefault();
    if (target.matches("a.jump")) {
      if (target.dataset.text) jumpToText(target.dataset.text);
      else if (target.dataset.line && target.dataset.file) openFile(target.dataset.file, Number(target.dataset.line));
      return;
    }
    if (target.dataset.edit) { openFile("figures.yaml", Number(target.dataset.edit)); return; }
    target.disabled = true;
    let answer;
    if (target.dataset.table) {
      answer = await post(`${base}/tables/${target.dataset.table}/${target.dataset.action}`, {});
    } else if (target.dataset.action) {
      answer = await post(`${base}/figures/${target.dataset.group}/${target.dataset.action}`, {});
    } else {
      answer = await post(`${base}/doubts/${target.dataset.tick}/tick`, { version: target.dataset.version });
    }
    if (answer.status !== 200) { alert(answer.error); }
    await reloadReview();
    if (target.dataset.action && currentFile === "figures.yaml" && !dirty) {
      currentFile = ""; await openFile("figures.yaml");
    }
    if (target.dataset.table && currentFile === "article.md" && !dirty) {
      currentFile = ""; await openFile("article.md");  // the marker (or table) is gone
    }
    if (answer.generation) { generation = answer.generation; poll(true); }
  });

  // ---- outputs
  document.getElementById("output-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const box = document.getElementById("output-result");
    box.textContent = "making the PDF…";
    const answer = await post(base + "/outputs", new FormData(e.target), true);
    if (answer.status !== 200) {
      box.textContent = (answer.problems || []).map((p) => p.message).join("; ") || answer.error;
      return;
    }
    const link = document.createElement("a");
    link.href = answer.url; link.textContent = answer.file; link.setAttribute("download", answer.file);
    link.setAttribute("data-testid", "output-download");
    const verdict = document.createElement("span");
    verdict.className = "verdict " + (answer.preflight.ok ? "ok" : "failed");
    verdict.textContent = answer.preflight.ok ? "preflight: pass" : "preflight: fails";
    const list = document.createElement("ul");
    for (const c of answer.preflight.checks) {
      const li = document.createElement("li");
      li.className = c.status; li.textContent = `${c.name}: ${c.status} — ${c.detail}`;
      list.append(li);
    }
    box.replaceChildren(link, ` (${answer.pages} pages) `, verdict, list);
  });

  numberLines();
  poll(true);
})();
