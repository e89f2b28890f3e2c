"""Brugervejledningen på dansk (F1). Skrevet som HTML ved siden af den engelske: en vejledning
skrives, den oversættes ikke streng for streng."""

from __future__ import annotations

TITLE = "Brugervejledning til os2editor"

TOPICS = (
    ("open", "Åbn og kom i gang"),
    ("edit", "Redigér en beskrivelse"),
    ("priorities", "Opgaver og prioriteter"),
    ("export", "Word, PDF og udskrift"),
    ("revision", "Den årlige revision"),
    ("library", "Alle roller i en mappe"),
    ("keys", "Taster"),
)

BODY = """
<h2><a name="open"></a>Åbn og kom i gang</h2>
<p>os2editor redigerer OS2's <i>funktionsbeskrivelser</i>: rollebeskrivelserne i OS2's håndbog,
der ligger som tekstfiler (markdown) i git. Du udfylder formularer; filen gemmes med kun de
linjer, du har ændret, så ændringen er let at gennemse i git.</p>
<ul>
<li><b>Filer &gt; Åbn…</b> (Ctrl+O) åbner en beskrivelse (en <code>.md</code>-fil). Du kan også
trække en fil ind i vinduet. <b>Filer &gt; Åbn seneste</b> viser de ti seneste.</li>
<li><b>Filer &gt; Ny</b> (Ctrl+N) begynder en ny beskrivelse under standardoverskrifterne. De grå
hjælpetekster i tomme felter fortæller, hvad der skal stå; de gemmes aldrig.</li>
<li><b>Filer &gt; Gem</b> (Ctrl+S) skriver filen. En fil, du ikke har ændret, skrives tilbage
præcis som den var, byte for byte.</li>
<li>Dit arbejde gemmes i baggrunden med få sekunders mellemrum. Stopper editoren eller
computeren, tilbyder editoren din ikke-gemte tekst, næste gang den starter.</li>
<li>Ændrer et andet program filen (for eksempel en <code>git pull</code>), indlæser editoren den
igen, eller spørger dig først, hvis du har ændringer, der ikke er gemt. <b>Sammenlign</b> viser
forskellene.</li>
</ul>

<h2><a name="edit"></a>Redigér en beskrivelse</h2>
<p>Listen til venstre rummer beskrivelsens dele: titlen, formålet, ansvarsområderne, opgaverne,
kvalifikationerne og de øvrige forhold. Vælg en del for at se dens formular i midten;
forhåndsvisningen til højre viser siden, som den bliver udgivet (F9 viser eller skjuler den).</p>
<ul>
<li>Alle lister virker ens: F2 eller dobbeltklik redigerer en linje, Enter tilføjer den næste,
Delete fjerner den, Alt+Op og Alt+Ned flytter den.</li>
<li><b>Rediger &gt; Fortryd</b> (Ctrl+Z) og <b>Gentag</b> (Ctrl+Y eller Ctrl+Skift+Z, som dit
system har det) fortryder og gentager alle ændringer i alle dele.</li>
<li><b>Rediger &gt; Find…</b> (Ctrl+F) finder tekst i alle dele. F3 går til det næste fund,
Skift+F3 til det forrige; hvert fund markeres i sit felt.</li>
<li>Statuslinjen viser advarslerne (klik på dem for at åbne panelet Advarsler; et klik på en
advarsel går til dens felt) og læsbarheden: LIX for hele beskrivelsen og for den del, du
redigerer, grøn så længe den er inden for dit mål (sæt det under <b>Indstillinger</b>).
<b>Vis &gt; Markér lange sætninger og ord</b> viser, hvad der gør delen svær at læse.</li>
</ul>

<h2><a name="priorities"></a>Opgaver og prioriteter</h2>
<p>Opgaverne prioriteres efter MoSCoW-metoden: <b>MUST</b> (skal løses), <b>SHOULD</b> (bør løses,
når der er tid), <b>COULD</b> (kan løses) og <b>WON'T</b> (ikke nu). Opgavedelen viser dem som
kolonner på en tavle.</p>
<ul>
<li>Træk en opgave til en anden kolonne, eller brug Alt+Venstre og Alt+Højre, for at ændre dens
prioritet. Det fortrydes i ét trin.</li>
<li>Kolonneoverskrifterne tæller opgaverne og viser hver prioritets andel.</li>
<li>Advarslerne siger til, når MUST rummer mere end 60 % af opgaverne, når COULD er tom (et par
COULD-opgaver giver luft, når tiden er knap), og når samme opgave står under to
prioriteter.</li>
</ul>

<h2><a name="export"></a>Word, PDF og udskrift</h2>
<ul>
<li><b>Filer &gt; Eksportér til Word…</b> (Ctrl+E) og <b>Eksportér til PDF…</b> åbner
eksportdialogen: formatet, hvor filen gemmes, et brevpapir (en Word-fil med jeres logo og
typografier), de dele, der skal med, organisationen og forfatteren. Vælg <b>Jobopslag</b> for at
udelade opgaverne, samarbejdsrelationerne og de øvrige forhold. Dine valg huskes.</li>
<li>PDF-filen er A4 med bogmærker og sidetal, til arkivering og til læsning på en
tablet.</li>
<li><b>Filer &gt; Udskriv…</b> (Ctrl+P) udskriver de samme sider som PDF-filen.</li>
</ul>

<h2><a name="revision"></a>Den årlige revision</h2>
<p>En gang om året revideres beskrivelsen sammen med bestyrelsen. Menuen <b>Revision</b>
sammenligner beskrivelsen med den godkendte version:</p>
<ul>
<li><b>Sammenlign med fil…</b> eller <b>Sammenlign med tidligere version i git…</b> åbner
panelet Ændringer. Hver ændring siges med ord (»Opgave flyttet fra SHOULD til MUST«); fjernede ord
er overstreget med rødt, og tilføjede ord er understreget med grønt. Et klik går til feltet. De
ændrede dele har en lille prik i listen over dele.</li>
<li><b>Eksportér rettelser til Word…</b> skriver beskrivelsen med ændringerne som Words
sporede ændringer, underskrevet med dit navn (sæt det under <b>Rediger &gt;
Indstillinger</b>).</li>
<li><b>Markér som godkendt…</b> noterer, hvem der godkendte den og hvornår, og datoen for næste
revision.</li>
</ul>

<h2><a name="library"></a>Alle roller i en mappe</h2>
<p>OS2's håndbog har alle rollers beskrivelser i én mappe i et git-arkiv. Når du arbejder med
hele mappen, kan du se status for alle roller, finde og erstatte en tekst i dem alle, markere
flere som godkendt i ét trin og skrive bestyrelsespakken med årets ændringer. Det samme findes på
kommandolinjen: <code>os2editor status</code>, <code>os2editor replace</code>,
<code>os2editor approve</code> og <code>os2editor pack</code>; <code>os2editor check</code>
læser også en hel mappe.</p>

<h2><a name="keys"></a>Taster</h2>
<table cellspacing="0" cellpadding="3">
<tr><td>Ctrl+Side ned, Ctrl+Side op</td><td>næste og forrige del</td></tr>
<tr><td>F6</td><td>mellem listen over dele og formularen</td></tr>
<tr><td>F2, Enter, Delete</td><td>redigér, tilføj og fjern en linje i en liste</td></tr>
<tr><td>Alt+Op, Alt+Ned</td><td>flyt en linje; Alt+Venstre, Alt+Højre flytter en opgave mellem
prioriteter</td></tr>
<tr><td>Ctrl+F, F3, Skift+F3</td><td>find, næste og forrige fund</td></tr>
<tr><td>Ctrl+E, Ctrl+P</td><td>eksportér til Word, udskriv</td></tr>
<tr><td>F9</td><td>vis eller skjul forhåndsvisningen</td></tr>
<tr><td>F1</td><td>denne vejledning</td></tr>
</table>
"""
