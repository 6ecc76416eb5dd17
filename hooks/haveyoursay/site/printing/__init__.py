"""Print and post, for residents who are offline: a summary to share and a notice to put up.

``pages`` plans the two printed pages of each open
consultation and makes their page models; ``qr`` draws the QR code to the
consultation's page; ``wording`` holds every sentence residents read on them.
The templates are ``overrides/print-summary.html`` and
``overrides/site-notice.html`` (their partials ``partials/hub/print-summary.html``,
``site-notice.html`` and ``qr-code.html``); ``overrides/assets/print.css`` lays
them out on A4.
"""
