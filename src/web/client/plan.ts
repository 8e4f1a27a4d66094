/**
 * The plan page island: a Print button (the browser's own print works too; the print stylesheet
 * does the rest) and a Copy button for the share link, with the result announced politely.
 */

const printButton = document.getElementById('print-plan');
if (printButton instanceof HTMLButtonElement) {
  printButton.hidden = false;
  printButton.addEventListener('click', () => window.print());
}

const copyButton = document.getElementById('copy-share');
const shareInput = document.getElementById('share-url');
const copyStatus = document.getElementById('copy-status');
if (copyButton instanceof HTMLButtonElement && shareInput instanceof HTMLInputElement) {
  const say = (text: string) => {
    if (copyStatus) copyStatus.textContent = text;
  };
  copyButton.hidden = false;
  shareInput.addEventListener('focus', () => shareInput.select());
  copyButton.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(shareInput.value);
      say(
        'Link copied. It carries these answers, not your journal: opened with Lever running at the same address, it shows the plan from these answers.',
      );
    } catch {
      // The clipboard needs permission or a secure context; selecting the text still lets people copy it.
      shareInput.focus();
      shareInput.select();
      say('The link is selected: press Ctrl+C (or ⌘C) to copy it.');
    }
  });
}

export {};
