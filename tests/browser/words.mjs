// What a phone reader sees of the words: run in the page, returns the words
// that break across lines inside their box (by overflow-wrap, not at a
// space or hyphen the author wrote) and the text that spills out of its box.
export function brokenWords() {
  const broken = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('svg, script, style, [hidden]')) continue;
    const text = node.data;
    const re = /[^\s\-\u2010\u00AD]{2,}/gu;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const lines = new Set(rects.map((r) => Math.round(r.top)));
      if (lines.size < 2) continue;
      // A word wider than its whole box must break, unless the box itself was
      // squeezed narrower than a few words (5 em); one that would fit is broken.
      let box = parent;
      while (box.parentElement && getComputedStyle(box).display.startsWith('inline')) box = box.parentElement;
      const style = getComputedStyle(box);
      const room = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const width = rects.reduce((sum, r) => sum + r.width, 0);
      const squeezed = room < 5 * parseFloat(style.fontSize);
      if (width <= room || squeezed) broken.push(m[0]);
    }
  }
  return broken;
}
