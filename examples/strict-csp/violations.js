// Lists every CSP violation the page reports, so a person (and the browser test) sees them.
const list = [];
window.p311Violations = list;
document.addEventListener('securitypolicyviolation', (event) => {
  list.push(
    `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
  );
  const out = document.getElementById('violations');
  if (out) out.textContent = `CSP violations: ${list.join(' · ')}`;
});
