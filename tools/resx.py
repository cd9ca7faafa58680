#!/usr/bin/env python3
"""Adds or replaces strings in a .resx file, keeping entries sorted: tools/resx.py FILE KEY=VALUE ...

A convenience for editing the localization resources by hand; the .resx files are the source of truth.
"""
import sys
import xml.etree.ElementTree as ET

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def main(path, pairs):
    entries = {}
    try:
        for data in ET.parse(path).getroot().iter("data"):
            entries[data.get("name")] = data.find("value").text or ""
    except FileNotFoundError:
        pass
    for pair in pairs:
        key, value = pair.split("=", 1)
        entries[key] = value
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(HEADER)
        for key in sorted(entries):
            out.write(f'  <data name="{escape(key)}" xml:space="preserve"><value>{escape(entries[key])}</value></data>\n')
        out.write("</root>\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
