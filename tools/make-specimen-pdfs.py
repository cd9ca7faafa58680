#!/usr/bin/env python3
"""Write the specimen PDFs of content/textes/ (Python 3 standard library only).

Every PDF is a one-page A4 PDF 1.4 document that says, first and in red, that it is a
demonstration specimen and not the official text. It then gives the title, the (specimen)
reference, the adopting body and date, and a few lines on what the real text covers, taken
from the project's facts only.

Fonts: the standard Helvetica and Helvetica-Bold with /WinAnsiEncoding; the text is encoded in
cp1252 inside the content stream, so French accents show. The output is deterministic (no
timestamps): running the script again gives identical bytes.

Usage: python3 tools/make-specimen-pdfs.py   (from any folder)
"""
import hashlib
import os

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "content", "textes")

PAGE_WIDTH, PAGE_HEIGHT = 595.28, 841.89  # A4 in points
LEFT, RIGHT = 64, 595.28 - 64

NOTICE = "TEXTE DE DÉMONSTRATION — SPÉCIMEN"
NOT_OFFICIAL = "Ce document n’est pas le texte officiel."
DISCLAIMER = (
    "Il a été produit pour présenter le portail des sommets de la Confédération des États du "
    "Sahel. Il tient la place du texte adopté en attendant que le Secrétariat Permanent publie "
    "la version officielle. La référence indiquée ci-dessous est elle aussi fictive."
)
HEADING = "Ce que couvre le texte officiel, d’après les informations publiques :"
FOOTER = ("Confédération des États du Sahel — portail des sommets. Spécimen de démonstration : "
          "ne pas citer comme texte officiel.")

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]

# (file name, title, reference, adopting body, date YYYY-MM-DD, place, lines on the real text)
TEXTS = [
    (
        "protocole-additionnel-defense-securite.pdf",
        "Protocole additionnel relatif à la défense et à la sécurité",
        "AES/CCE/2025/PA-01",
        "Collège des Chefs d’État",
        "2025-12-23", "Bamako",
        [
            "Adopté à l’unanimité lors de la 2ème session du Collège des Chefs d’État, à Bamako.",
            "Reconnaît l’espace confédéral Mali–Burkina Faso–Niger comme un théâtre unique "
            "d’opérations militaires.",
            "Permet la conduite d’opérations conjointes coordonnées entre les trois États.",
            "Relève du pilier Défense et Sécurité de la Confédération.",
            "Les protocoles additionnels figuraient à l’ordre du jour de la session confédérale du "
            "Conseil des Ministres du 20 décembre 2025.",
        ],
    ),
    (
        "protocole-coordination-developpement.pdf",
        "Protocole relatif à la coordination du développement",
        "AES/CCE/2025/PA-02",
        "Collège des Chefs d’État",
        "2025-12-23", "Bamako",
        [
            "Compte parmi les résultats annoncés à l’issue du deuxième sommet de la Confédération, "
            "à Bamako, en décembre 2025.",
            "Porte sur la coordination du pilier Développement entre le Burkina Faso, le Mali et "
            "le Niger.",
            "Le même sommet annonce la création prochaine d’une Banque confédérale "
            "d’investissement.",
            "Cette banque doit financer des projets structurants dans les trois pays.",
        ],
    ),
    (
        "protocole-coordination-diplomatique.pdf",
        "Protocole relatif à la coordination diplomatique",
        "AES/CCE/2025/PA-03",
        "Collège des Chefs d’État",
        "2025-12-23", "Bamako",
        [
            "Compte parmi les résultats annoncés à l’issue du deuxième sommet de la Confédération, "
            "à Bamako, en décembre 2025.",
            "Porte sur la coordination de l’action diplomatique des trois États.",
            "Principe affiché : « parler d’une seule voix ».",
            "Relève du pilier Diplomatie de la Confédération.",
        ],
    ),
    (
        "traite-confederation-etats-du-sahel.pdf",
        "Traité portant création de la Confédération des États du Sahel",
        "AES/CCE/2024/T-01",
        "Chefs d’État du Burkina Faso, du Mali et du Niger",
        "2024-07-06", "Niamey",
        [
            "Signé à Niamey lors du premier sommet de l’Alliance des États du Sahel.",
            "Crée la Confédération des États du Sahel entre le Burkina Faso, le Mali et le Niger.",
            "Étend l’action commune à trois piliers : Défense et Sécurité, Diplomatie, "
            "Développement ; la communication et la mobilisation forment un domaine transversal.",
            "Institue le Collège des Chefs d’État, organe suprême, dont le Président est le "
            "Président de la Confédération.",
            "Prévoit, en son article 12, les sessions confédérales du Conseil des Ministres.",
            "Institue les sessions confédérales des Parlements, dont les membres portent le titre "
            "de « Député confédéral » pendant leur mandat.",
        ],
    ),
    (
        "releve-conclusions-cedeao-aes-2025.pdf",
        "Relevé de conclusions des consultations entre la CEDEAO et la Confédération des États "
        "du Sahel",
        "AES/CEDEAO/2025/RC-01",
        "Ministres des Affaires étrangères de la Confédération et Président de la Commission de "
        "la CEDEAO",
        "2025-05-22", "Bamako",
        [
            "Adopté lors des premières consultations officielles entre la CEDEAO et la "
            "Confédération depuis le retrait des trois États.",
            "Participants : Abdoulaye Diop (Mali), Karamoko Jean-Marie Traoré (Burkina Faso) et "
            "Bakary Yaou Sangaré (Niger), ministres des Affaires étrangères, ainsi qu’Omar Touray, "
            "Président de la Commission de la CEDEAO.",
            "Sujets : politique, diplomatie, sécurité, développement économique, coopération "
            "institutionnelle, libre circulation des biens et des personnes.",
            "Sert de feuille de route vers des négociations formelles.",
            "Les deux parties y font de la lutte contre le terrorisme une priorité.",
        ],
    ),
    (
        "rapport-execution-feuille-de-route-an-1.pdf",
        "Rapport sur l’exécution de la feuille de route de l’an I",
        "AES/CM/2025/R-01",
        "Session confédérale du Conseil des Ministres",
        "2025-12-20", "Bamako, Palais de Koulouba",
        [
            "Inscrit à l’ordre du jour de la première session confédérale du Conseil des "
            "Ministres, le samedi 20 décembre 2025, au Palais de Koulouba.",
            "Session présidée par le Général d’Armée Assimi Goïta, Président de la Confédération.",
            "Rend compte de l’exécution de la feuille de route de l’an I de la Confédération.",
            "Le Collège des Chefs d’État passe ensuite en revue cette feuille de route et les trois "
            "piliers.",
        ],
    ),
    (
        "communique-final-college-2025.pdf",
        "Communiqué final de la 2ème session du Collège des Chefs d’État",
        "AES/CCE/2025/CF-01",
        "Collège des Chefs d’État",
        "2025-12-23", "Bamako",
        [
            "Le texte du communiqué final n’est pas reproduit dans ce spécimen.",
            "La session, tenue à Bamako les 22 et 23 décembre 2025, passe en revue la feuille de "
            "route de l’an I et les trois piliers.",
            "Elle finalise le dispositif institutionnel de la Confédération.",
            "À son issue, elle désigne un nouveau Président de la Confédération.",
            "Résultats annoncés : protocole additionnel relatif à la défense et à la sécurité "
            "(adopté à l’unanimité), protocole relatif à la coordination du développement, "
            "protocole relatif à la coordination diplomatique.",
        ],
    ),
]

# Rough Helvetica advance widths (in em), enough to wrap lines inside the margins.
NARROW = set("iljtfrI.,;:!'’()[] |")
WIDE = set("mwMW—%@")


def em_width(text, bold=False):
    width = 0.0
    for ch in text:
        if ch in NARROW:
            width += 0.30
        elif ch in WIDE:
            width += 0.85
        elif ch.isupper() or ch.isdigit():
            width += 0.68
        else:
            width += 0.54
    return width * (1.06 if bold else 1.0)


def wrap(text, size, max_width, bold=False):
    # French typography: a no-break space keeps « », : and ; with their word.
    for plain, tied in (("« ", "«\u00a0"), (" »", "\u00a0»"), (" :", "\u00a0:"), (" ;", "\u00a0;")):
        text = text.replace(plain, tied)
    lines, current = [], ""
    for word in (w for w in text.split(" ") if w):
        candidate = f"{current} {word}" if current else word
        if current and em_width(candidate, bold) * size > max_width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def balanced_wrap(text, size, max_width, bold=False):
    """Wrap on as few lines as wrap() does, but with lines of even length (no lone last word)."""
    lines = wrap(text, size, max_width, bold)
    width = max_width
    while width > 100 and len(wrap(text, size, width - 5, bold)) == len(lines):
        width -= 5
    return wrap(text, size, width, bold)


def pdf_string(text):
    """A PDF literal string holding cp1252 bytes, with \\ ( ) escaped."""
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def text_string(text):
    """A PDF text string for the /Info dictionary: UTF-16BE with its byte order mark, in hex."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def french_date(iso):
    year, month, day = (int(part) for part in iso.split("-"))
    return f"{'1er' if day == 1 else day} {MONTHS[month - 1]} {year}"


def num(value):
    return f"{value:.2f}".rstrip("0").rstrip(".")


def content_stream(title, reference, body, date, place, lines):
    ops = []

    def show(font, size, x, y, text, rgb=(0, 0, 0)):
        ops.append(b"BT %s rg /%s %s Tf 1 0 0 1 %s %s Tm " % (
            " ".join(num(c) for c in rgb).encode(), font.encode(), num(size).encode(),
            num(x).encode(), num(y).encode()) + pdf_string(text) + b" Tj ET")

    # The notice, in red inside a red frame, at the top of the page.
    red = (0.75, 0.05, 0.05)
    top = PAGE_HEIGHT - 60
    ops.append(b"q 0.75 0.05 0.05 RG 1.5 w %s %s %s %s re S Q" % (
        num(LEFT - 8).encode(), num(top - 58).encode(), num(RIGHT - LEFT + 16).encode(), b"58"))
    notice_size = 17
    notice_x = (PAGE_WIDTH - em_width(NOTICE, bold=True) * notice_size) / 2
    show("F2", notice_size, max(LEFT, notice_x), top - 24, NOTICE, red)
    show("F2", 11, LEFT + 4, top - 44, NOT_OFFICIAL, red)

    y = top - 78
    for line in wrap(DISCLAIMER, 9.5, RIGHT - LEFT):
        show("F1", 9.5, LEFT, y, line, (0.25, 0.25, 0.25))
        y -= 13

    y -= 8
    ops.append(b"q 0.6 0.6 0.6 RG 0.5 w %s %s m %s %s l S Q" % (
        num(LEFT).encode(), num(y).encode(), num(RIGHT).encode(), num(y).encode()))
    y -= 30

    for line in balanced_wrap(title, 16, RIGHT - LEFT, bold=True):
        show("F2", 16, LEFT, y, line)
        y -= 21
    y -= 10

    fields = [
        ("Référence : ", f"{reference} (référence de démonstration)"),
        ("Organe d’adoption : ", body),
        ("Date : ", french_date(date)),
        ("Lieu : ", place),
    ]
    for label, value in fields:
        label_width = 120  # a fixed column for the values, wider than the longest label
        wrapped = wrap(value, 11, RIGHT - LEFT - label_width)
        show("F2", 11, LEFT, y, label)
        for i, part in enumerate(wrapped):
            show("F1", 11, LEFT + label_width, y, part)
            if i < len(wrapped) - 1:
                y -= 15
        y -= 17

    y -= 14
    show("F2", 12, LEFT, y, HEADING)
    y -= 22
    for item in lines:
        for i, part in enumerate(wrap(item, 11, RIGHT - LEFT - 16)):
            if i == 0:
                # The bullet and the first line share one text object, so that they extract together.
                ops.append(b"BT 0 0 0 rg /F1 11 Tf 1 0 0 1 %s %s Tm " % (num(LEFT).encode(), num(y).encode())
                           + pdf_string("•") + b" Tj 16 0 Td " + pdf_string(part) + b" Tj ET")
            else:
                show("F1", 11, LEFT + 16, y, part)
            y -= 15
        y -= 6

    for i, line in enumerate(wrap(FOOTER, 8, RIGHT - LEFT)):
        show("F1", 8, LEFT, 52 - 11 * i, line, (0.35, 0.35, 0.35))

    if y < 80:
        raise ValueError(f"{title}: the text does not fit on one page")
    return b"\n".join(ops)


def build_pdf(file_name, title, reference, body, date, place, lines):
    stream = content_stream(title, reference, body, date, place, lines)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %s %s] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>" % (
            num(PAGE_WIDTH).encode(), num(PAGE_HEIGHT).encode()),
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Title " + text_string(f"{title} (spécimen)")
        + b" /Subject " + text_string(f"{NOTICE} — {reference}")
        + b" /Creator " + text_string("tools/make-specimen-pdfs.py")
        + b" /Producer " + text_string("Portail des sommets de la Confédération des États du Sahel")
        + b" >>",
    ]

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body_bytes in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body_bytes + b"\nendobj\n"

    xref_at = len(out)
    out += b"xref\n0 %d\n" % (len(objects) + 1)
    out += b"0000000000 65535 f \n"
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    digest = hashlib.md5(bytes(out)).hexdigest().upper().encode("ascii")
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R /ID [<%s> <%s>] >>\n"
            % (len(objects) + 1, len(objects), digest, digest))
    out += b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    for entry in TEXTS:
        path = os.path.join(OUT_DIR, entry[0])
        data = build_pdf(*entry)
        with open(path, "wb") as handle:
            handle.write(data)
        print(f"{os.path.normpath(path)}: {len(data)} bytes")


if __name__ == "__main__":
    main()
