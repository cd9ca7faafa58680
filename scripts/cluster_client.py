#!/usr/bin/env python3
"""What staff do in a browser, for scripts/cluster-test.sh: sign in, read a form as the page shows it, post it.

  cluster_client.py change-venue BASE EMAIL VENUE   a session's venue changed through the programme's form
  cluster_client.py race BASE WRITER V1 V2 TITLE    a writer submits an article; two validators post "Valider" at once

Passwords come from the CLUSTER_PASSWORD variable, never the command line. Exits non-zero with the reason on failure.
"""
import html
import http.cookiejar
import re
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


class Forms(HTMLParser):
    """Each form's action and the fields a browser would send as it stands (checked boxes, selected or first options)."""

    def __init__(self):
        super().__init__()
        self.forms, self.select, self.text = [], None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.forms.append((a.get("action"), {}))
        if not self.forms:
            return
        fields = self.forms[-1][1]
        if tag == "input" and a.get("name") and (a.get("type") not in ("checkbox", "radio") or "checked" in a):
            fields[a["name"]] = a.get("value") or ""
        elif tag == "select":
            self.select = a.get("name")
        elif tag == "option" and self.select and (self.select not in fields or "selected" in a):
            fields[self.select] = a.get("value") or ""
        elif tag == "textarea":
            self.text = a.get("name")
            fields[self.text] = ""

    def handle_data(self, data):
        if self.text:
            self.forms[-1][1][self.text] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self.text = None
        elif tag == "select":
            self.select = None


class Browser:
    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect)

    def request(self, path, fields=None):
        data = urllib.parse.urlencode(fields, doseq=True).encode() if fields is not None else None
        try:
            response = self.opener.open(urllib.request.Request(self.base + path, data=data))
        except urllib.error.HTTPError as e:
            response = e
        return response.status, response.headers, html.unescape(response.read().decode())

    def form(self, path, marker):
        """The form on PATH whose action holds MARKER, or that has a field named MARKER: (action, fields)."""
        status, _, body = self.request(path)
        if status != 200:
            sys.exit(f"cluster: {path} answered {status}")
        parser = Forms()
        parser.feed(body)
        for action, fields in parser.forms:
            if (action and marker in action) or marker in fields:
                return (action or path), fields
        sys.exit(f"cluster: no form '{marker}' on {path}")

    def sign_in(self, email, password):
        action, fields = self.form("/compte/connexion", "Input.Password")
        fields.update({"Input.Email": email, "Input.Password": password})
        status, _, _ = self.request(action, fields)
        if status != 302:
            sys.exit(f"cluster: {email} could not sign in ({status})")
        return self


def path_of(location):
    return urllib.parse.urlsplit(location).path


def change_venue(base, email, venue, password):
    staff = Browser(base).sign_in(email, password)
    _, _, listing = staff.request("/gestion/programme")
    page = re.search(r'href="(/gestion/programme/seances/\d+)"', listing).group(1)
    action, fields = staff.form(page, "Input.Venue")
    fields["Input.Venue"] = venue
    status, _, _ = staff.request(action, fields)
    if status != 302:
        sys.exit(f"cluster: the session change answered {status}")


def race(base, writer_email, first, second, title, password):
    writer = Browser(base).sign_in(writer_email, password)
    action, fields = writer.form("/gestion/articles/nouveau", "Input.Title")
    fields.update({"Input.Title": title, "Input.Summary": "Deux validateurs, deux instances.", "Input.Body": "Texte de démonstration.",
                   "Input.Pillars": "diplomatie"})
    status, headers, _ = writer.request(action, fields)
    if status != 302:
        sys.exit(f"cluster: the new article answered {status}")
    page = path_of(headers["Location"])
    status, _, _ = writer.request(*writer.form(page, "handler=Submit"))
    if status != 302:
        sys.exit(f"cluster: the submission answered {status}")

    # Each validator loads the page (through nginx, wherever it lands), then both press "Valider" at the same instant.
    validators = [Browser(base).sign_in(email, password) for email in (first, second)]
    prepared = [v.form(page, "handler=Validate") for v in validators]
    gate, results = threading.Barrier(2), [None, None]

    def press(i):
        gate.wait()
        results[i] = validators[i].request(*prepared[i])

    threads = [threading.Thread(target=press, args=(i,)) for i in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    statuses = sorted(r[0] for r in results)
    upstreams = {r[1].get("X-Upstream") for r in results}
    if statuses != [302, 409]:
        sys.exit(f"cluster: two validators racing answered {statuses}, expected one 302 and one 409")
    loser = next(r for r in results if r[0] == 409)
    if "Quelqu'un d'autre a modifié cet élément entre-temps" not in loser[2]:
        sys.exit("cluster: the validator who lost the race did not get the French conflict message")
    if len(upstreams) != 2 or None in upstreams:
        sys.exit(f"cluster: the two validations did not reach two instances ({upstreams})")
    print(f"cluster: two validators on two instances ({', '.join(sorted(upstreams))}) raced: one 302, one 409 with the French conflict message")


if __name__ == "__main__":
    import os
    password = os.environ["CLUSTER_PASSWORD"]
    match sys.argv[1:]:
        case ["change-venue", base, email, venue]:
            change_venue(base, email, venue, password)
        case ["race", base, writer, first, second, title]:
            race(base, writer, first, second, title, password)
        case _:
            sys.exit(__doc__)
