// caseflow dashboard: upload progress on the imports page, from htmx's XHR progress events.
// Served from /static (no inline script; the Content-Security-Policy allows only 'self').
document.addEventListener("htmx:xhr:progress", function (event) {
  var bar = document.getElementById("upload-progress");
  if (bar && event.detail.lengthComputable && event.detail.total > 0) {
    var percent = Math.round((100 * event.detail.loaded) / event.detail.total);
    bar.value = percent;
    bar.textContent = percent + "%";
    var words = document.getElementById("upload-status");
    if (words) {
      words.textContent =
        percent < 100 ? "Uploading: " + percent + "%" : "Uploaded; importing (all or nothing)…";
    }
  }
});
