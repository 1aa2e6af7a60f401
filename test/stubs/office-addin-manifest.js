// office-addin-mock needs only the OfficeApp enum; the real package pulls an ESM-only dependency (OFFICE_NOTES §11).
module.exports = {
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
};
