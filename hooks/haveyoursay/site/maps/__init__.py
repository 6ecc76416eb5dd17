"""A map of where each consultation and decision applies: the council's wards, drawn at build time.

``located`` reads JSON with the line of each part (for messages at the right
line); ``loading`` reads and checks ``content/wards.geojson`` (``hub check``
and the build, through ``site.hub.load_hub``), with ``geometry`` checking
each ward's shape; ``drawing`` turns the
boundaries into one small SVG path per ward, once per build; ``pages`` makes
each page's map (which wards are shaded, and the words that say so) and
``wording`` holds every sentence residents read. The partial is
``overrides/partials/hub/ward-map.html``. No tiles, no script, no request to
another host: the map is part of the page.
"""
