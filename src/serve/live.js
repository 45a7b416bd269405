// pathways serve: reloads this page when a rebuild changed it, and shows
// build errors over the page until they are fixed. Only `serve` adds this
// script; `build` output never has it.
(() => {
  const own = new URL(document.currentScript.src).searchParams.get("generation");
  let generation = own === null ? null : Number(own);

  // The output file of this page, e.g. "da/pakker/landbrug/index.html".
  const file = (base) => {
    let path = decodeURIComponent(location.pathname);
    if (!path.startsWith(base)) return "404.html";
    path = path.slice(base.length);
    return path === "" || path.endsWith("/") ? path + "index.html" : path;
  };

  const show = (error) => {
    let box = document.getElementById("pathways-error");
    if (!error) {
      if (box) box.remove();
      return;
    }
    if (!box) {
      box = document.createElement("div");
      box.id = "pathways-error";
      box.setAttribute("role", "alert");
      box.lang = "__LANG__";
      box.dir = "ltr";
      box.style.cssText =
        "position:fixed;inset:0 0 auto 0;z-index:2147483647;max-height:80vh;overflow:auto;" +
        "background:#fff;color:#1a1a1a;border-bottom:6px solid #b00020;padding:1rem 1.25rem;" +
        "font:16px/1.45 system-ui,sans-serif;box-shadow:0 4px 16px rgba(0,0,0,.35)";
      const heading = document.createElement("h2");
      heading.textContent = "__HEADING__";
      heading.style.cssText = "margin:0 0 .5rem;font-size:1.25rem;color:#b00020";
      const note = document.createElement("p");
      note.textContent = "__NOTE__";
      note.style.margin = "0 0 .75rem";
      const text = document.createElement("pre");
      text.style.cssText =
        "margin:0;white-space:pre-wrap;font:14px/1.4 ui-monospace,monospace;background:#f5f5f5;padding:.75rem";
      const hide = document.createElement("button");
      hide.type = "button";
      hide.textContent = "__HIDE__";
      hide.style.cssText = "margin-top:.75rem;font:inherit;padding:.25rem 1rem";
      hide.addEventListener("click", () => (box.hidden = true));
      box.append(heading, note, text, hide);
      document.body.prepend(box);
    }
    box.hidden = false;
    box.querySelector("pre").textContent = error;
  };

  const events = new EventSource("/__pathways/events");
  events.addEventListener("state", (event) => {
    const state = JSON.parse(event.data);
    show(state.error);
    if (generation !== null && state.generation !== generation) {
      // A missed publication (or a restarted server) may have changed this page.
      const missed = state.generation !== generation + 1;
      const mine = file(state.base);
      const touched = state.changed.some((f) => f === mine || f.endsWith(".css"));
      if (missed || touched) {
        location.reload();
        return;
      }
    }
    generation = state.generation;
  });
})();
