/* Placeholder task pane (foundation build); the taskpane/presets work replaces this file. */

void Office.onReady(() => {
  const status = document.getElementById("status");
  if (status) status.textContent = "DEPIN functions are loaded. Type =DEPIN. in a cell.";
});
