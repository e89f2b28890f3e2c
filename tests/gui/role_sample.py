"""An invented function description in the shape of the OS2 handbook files (for window tests)."""

from __future__ import annotations

ROLE_MD = """\
---
title: Testkoordinator
layout: default
parent: Organisation og Roller
nav_order: 7
---

# Funktionsbeskrivelse – Testkoordinator i OS2

## Formål med stillingen

Testkoordinatoren sikrer, at fællesskabets løsninger bliver afprøvet grundigt, før de tages i brug.

Indsatserne er for tiden især:

- **Bedre kvalitet** – fælles testplaner for alle produkter.
- **Hurtigere feedback** – kortere vej fra fejl til rettelse.

Rollen gør det tryggere at tage løsningerne i brug.

## Ansvarsområde

Testkoordinatoren har ansvar for at:

### 1. Planlægge afprøvning

- Lægge testplaner sammen med produktgrupperne.
- Holde styr på testmiljøer.

### 2. Dele erfaringer

- Samle erfaringer fra test på tværs af produkter.

## Arbejdsopgaver og prioritering

Opgaverne prioriteres med **MUST, SHOULD, COULD**:

- **MUST** – opgaver som altid skal løses.
- **SHOULD** – opgaver der løses, når der er ressourcer.
- **COULD** – opgaver der løses, når der er tid.

### MUST (skal altid løses)

- Gennemføre test før hver udgivelse.
- Rapportere fejl til leverandøren.

### SHOULD (bør løses, når der er ressourcer)

- Skrive testvejledninger.
- Holde testworkshops.

### COULD (løses, når der er tid)

- Automatisere gentagne test.

## Samarbejdsrelationer

- Sekretariatschefen.
- Produktgrupperne.
- Leverandørerne.

## Faglige kvalifikationer

- Erfaring med systematisk test.
- Kendskab til open source.

## Personlige kvalifikationer

- Omhyggelig og vedholdende.
- God til at formidle.

## Ansvarsfordeling

Rollen deler ansvaret for udgivelser med produktkoordinatoren.

## Øvrige forhold

- Timetal: 20 timer pr. uge.
- Ingen personaleansvar.
"""
