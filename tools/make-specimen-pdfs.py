#!/usr/bin/env python3
"""Writes the specimen PDFs of content/textes/ (standard library only, deterministic output).

Each PDF says on its first page that it is a demonstration specimen, not the official text. Run from
the repository's root: python3 tools/make-specimen-pdfs.py
"""
import os
import textwrap

OUT = os.path.join("content", "textes")
NOTICE = "TEXTE DE DÉMONSTRATION — SPÉCIMEN"
DISCLAIMER = ("Ce document n'est pas le texte officiel. Il tient la place du texte adopté sur le portail "
              "des sommets de la Confédération des États du Sahel, en attendant sa publication par le "
              "Secrétariat Permanent.")

TEXTS = [
    ("protocole-additionnel-defense-securite.pdf", "Protocole additionnel relatif à la défense et à la sécurité",
     "AES/CCE/2025/PA-01", "Collège des Chefs d'État, Bamako, 23 décembre 2025",
     ["Objet du texte officiel, d'après les informations publiques :",
      "- adopté à l'unanimité lors du deuxième sommet de la Confédération ;",
      "- reconnaît l'espace confédéral Mali–Burkina Faso–Niger comme un théâtre unique d'opérations militaires ;",
      "- permet la conduite d'opérations conjointes coordonnées."]),
    ("protocole-coordination-developpement.pdf", "Protocole relatif à la coordination du développement",
     "AES/CCE/2025/PA-02", "Collège des Chefs d'État, Bamako, 23 décembre 2025",
     ["Objet du texte officiel, d'après les informations publiques :",
      "- coordination du pilier Développement de la Confédération ;",
      "- contexte : création prochaine d'une Banque confédérale d'investissement chargée de financer des projets structurants dans les trois pays."]),
    ("protocole-coordination-diplomatique.pdf", "Protocole relatif à la coordination diplomatique",
     "AES/CCE/2025/PA-03", "Collège des Chefs d'État, Bamako, 23 décembre 2025",
     ["Objet du texte officiel, d'après les informations publiques :",
      "- coordination de l'action diplomatique des trois États ;",
      "- principe : parler d'une seule voix."]),
    ("traite-confederation-etats-du-sahel.pdf", "Traité portant création de la Confédération des États du Sahel",
     "AES/CCE/2024/T-01", "Chefs d'État du Burkina Faso, du Mali et du Niger, Niamey, 6 juillet 2024",
     ["Objet du texte officiel, d'après les informations publiques :",
      "- crée la Confédération des États du Sahel entre le Burkina Faso, le Mali et le Niger ;",
      "- étend l'action commune à trois piliers : défense et sécurité, diplomatie, développement ;",
      "- institue le Collège des Chefs d'État, les sessions confédérales du Conseil des Ministres (article 12) et les sessions confédérales des Parlements."]),
    ("releve-conclusions-cedeao-aes-2025.pdf", "Relevé de conclusions des consultations entre la CEDEAO et la Confédération des États du Sahel",
     "AES/CEDEAO/2025/RC-01", "Bamako, 22 mai 2025",
     ["Objet du texte officiel, d'après les informations publiques :",
      "- premières consultations officielles depuis le retrait des trois États de la CEDEAO ;",
      "- sujets : politique, diplomatie, sécurité, développement économique, coopération institutionnelle, libre circulation des biens et des personnes ;",
      "- feuille de route vers des négociations formelles ; lutte contre le terrorisme reconnue comme priorité."]),
    ("rapport-execution-feuille-de-route-an-1.pdf", "Rapport sur l'exécution de la feuille de route de l'an I",
     "AES/CM/2025/R-01", "Session confédérale du Conseil des Ministres, Bamako, 20 décembre 2025",
     ["Objet du texte officiel, d'après les informations publiques :",
      "- premier point de l'ordre du jour de la première session confédérale du Conseil des Ministres, présidée au Palais de Koulouba par le Général Assimi Goïta ;",
      "- bilan de la première année de la Confédération."]),
    ("communique-final-college-2025.pdf", "Communiqué final de la 2ème session du Collège des Chefs d'État",
     "AES/CCE/2025/CF-01", "Collège des Chefs d'État, Bamako, 23 décembre 2025",
     ["Le texte du communiqué final n'est pas reproduit dans ce spécimen.",
      "D'après les informations publiques, la session a passé en revue la feuille de route de l'an I et les trois piliers, finalisé l'architecture institutionnelle et désigné un nouveau Président de la Confédération."]),
]


def escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def page_stream(title, reference, adopted, body):
    lines = [("F2", 16, NOTICE), ("F1", 10, "")]
    lines += [("F1", 10, part) for part in textwrap.wrap(DISCLAIMER, 95)]
    lines += [("F1", 10, "")]
    lines += [("F2", 13, part) for part in textwrap.wrap(title, 70)]
    lines += [("F1", 11, f"Référence (spécimen) : {reference}"), ("F1", 11, f"Adoption : {adopted}"), ("F1", 11, "")]
    for paragraph in body:
        lines += [("F1", 11, part) for part in textwrap.wrap(paragraph, 88)]
    out = ["BT", "72 770 Td"]
    for font, size, text in lines:
        out.append(f"/{font} {size} Tf")
        out.append(f"({escape(text)}) Tj")
        out.append(f"0 -{size + 6} Td")
    out.append("ET")
    return "\n".join(out).encode("cp1252")


def pdf(title, reference, adopted, body):
    stream = page_stream(title, reference, adopted, body)
    info_title = escape(f"{title} (spécimen)").encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + info_title + b") /Producer (AES summit portal specimen generator) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body_bytes in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body_bytes + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


if __name__ == "__main__":
    for name, title, reference, adopted, body in TEXTS:
        with open(os.path.join(OUT, name), "wb") as handle:
            handle.write(pdf(title, reference, adopted, body))
        print(name)
