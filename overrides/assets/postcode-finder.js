/* Have your say: "Find consultations near you", a progressive enhancement.
   Without this script the form still works: it leads to the list of outward codes (postcodes/).
   With it, the postcode is looked up in postcodes/<OUTWARD>.json (same site, a few KB) and the
   resident goes straight to their ward's page. The words come from the page (data-hub-messages),
   errors are announced (the error element is aria-live) and focus goes back to the postcode. */
(function () {
  "use strict";
  if (!window.fetch || !window.URL || !document.querySelectorAll) return;
  var POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][ABD-HJLNP-UW-Z]{2}$/;

  function enhance(form) {
    var input = form.querySelector("input[name=postcode]");
    var error = form.querySelector("[data-hub-error]");
    var messages = JSON.parse(form.getAttribute("data-hub-messages"));
    var outwards = form.getAttribute("data-hub-outward").split(" ");
    var described = input.getAttribute("aria-describedby") || "";
    var busy = false;
    window.addEventListener("pageshow", function () { busy = false; }); // back from the ward's page

    function fill(text, values) {
      return text.replace(/\{(\w+)\}/g, function (all, name) { return values[name] || ""; });
    }

    function show(kind, values, href) {
      var link = messages[kind + "_link"];
      error.textContent = "";
      window.setTimeout(function () { // a change the screen reader notices, even if the words are the same
        var hidden = document.createElement("span");
        hidden.className = "hub-visually-hidden";
        hidden.textContent = messages.error + " ";
        error.appendChild(hidden);
        error.appendChild(document.createTextNode(fill(messages[kind], values)));
        if (link && href) {
          var a = document.createElement("a");
          a.href = href;
          a.textContent = fill(link, values);
          error.appendChild(document.createTextNode(" "));
          error.appendChild(a);
        }
      }, 50);
      form.classList.add("hub-postcode--error");
      input.setAttribute("aria-invalid", "true");
      input.setAttribute("aria-describedby", (described + " " + error.id).trim());
      input.focus();
      busy = false;
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (busy) return;
      var compact = input.value.replace(/\s+/g, "").toUpperCase();
      if (!compact) return show("empty", {});
      if (!POSTCODE.test(compact)) return show("format", {});
      var outward = compact.slice(0, -3);
      var values = { postcode: outward + " " + compact.slice(-3), outward: outward };
      var list = new URL(form.getAttribute("action"), window.location.href);
      var wards = new URL(form.getAttribute("data-hub-wards"), window.location.href);
      if (outwards.indexOf(outward) < 0) return show("area", values, wards.href);
      busy = true;
      var lookup = new URL(encodeURIComponent(outward) + ".json", list);
      fetch(lookup.href, { credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) throw new Error(response.status);
          return response.json();
        })
        .then(function (data) {
          var ward = data.wards[data.postcodes[compact.slice(-3)]];
          if (!ward) return show("unknown", values, new URL(outward.toLowerCase() + "/", list).href);
          window.location.assign(new URL(ward[1], lookup).href);
        })
        .catch(function () { show("failed", values, list.href); });
    });
  }

  var forms = document.querySelectorAll("form[data-hub-messages]");
  for (var i = 0; i < forms.length; i++) enhance(forms[i]);
})();
