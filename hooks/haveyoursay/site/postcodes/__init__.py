"""Find consultations near you: the council's postcodes, checked, and what the build publishes from them.

``loading`` reads and checks ``content/postcodes.csv`` (``hub check`` and the
build, through ``site.hub.load_hub``); ``pages`` makes the lookup files, the
pages that work without JavaScript and the form's model; ``wording`` holds
every sentence residents read. The form's script is
``overrides/assets/postcode-finder.js``; its partial is
``overrides/partials/hub/postcode-finder.html``.
"""
