#!/usr/bin/env python3
"""Writes the .resx files of the portal and the identity pages from the string tables beside this script.

Each table maps a key (a feature may keep its own table, merged into its project's .resx) to (English, Turkish, Arabic, Persian). Edit a table, run this script from anywhere, and commit
both the table and the generated .resx files. Run: python3 tools/localisation/make_resx.py
"""
import importlib.util
import pathlib
import xml.sax.saxutils as x

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
HEAD = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''
TABLES = [
    (["portal_strings.py", "profile_strings.py", "workflow_strings.py", "support_strings.py", "protection_strings.py", "reports_strings.py", "matching_strings.py", "matching_product_strings.py"], ROOT / "web/LabourHub.Web/Resources/SharedResource"),
    (["identity_strings.py"], ROOT / "identity/LabourHub.Identity/Resources/IdentityResource"),
]


def load(name):
    spec = importlib.util.spec_from_file_location(name[:-3], HERE / name)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.S


for tables, base in TABLES:
    strings = {}
    for table in tables:
        part = load(table)
        clash = strings.keys() & part.keys()
        if clash:
            raise SystemExit(f"{table} repeats keys: {sorted(clash)}")
        strings.update(part)
    for i, suffix in enumerate(["", ".tr", ".ar", ".fa"]):
        with open(f"{base}{suffix}.resx", "w", encoding="utf-8") as f:
            f.write(HEAD)
            for key in sorted(strings):
                f.write(f'  <data name="{x.escape(key)}" xml:space="preserve"><value>{x.escape(strings[key][i])}</value></data>\n')
            f.write("</root>\n")
    print(f"{table}: {len(strings)} keys")
