"""A script the browser tests run in a page: the words in table cells that the layout broke across two lines."""

# Each word (a run of non-space characters, ending at a hyphen, dash or slash after which a line may well break)
# is measured with a Range: a word laid on one line has all its boxes on that line's top, a broken one does not.
# Cells hidden by the layout (display: none on a phone) lay out no boxes and are skipped.
BROKEN_WORDS_JS = r"""
() => {
  const broken = [];
  for (const cell of document.querySelectorAll("td, th")) {
    if (cell.getClientRects().length === 0) continue;
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.textContent.matchAll(/[^\s\-‐–—\/]+[\-‐–—\/]?/gu)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const boxes = [...range.getClientRects()].filter((box) => box.width > 0);
        if (boxes.some((box) => Math.abs(box.top - boxes[0].top) > boxes[0].height / 2)) {
          broken.push({ word: match[0], cell: cell.textContent.trim().slice(0, 80) });
        }
      }
    }
  }
  return broken;
}
"""
