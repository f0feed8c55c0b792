"""Small REFI-QDA projects written by hand after Project.xsd, as other tools write them.

Each builder returns the project.qde text and the source files; `qdpx(tmp_path, xml, files)` zips them.
GUIDs are spelled out so the tests can name what they expect.
"""
import zipfile

U_ANNA = "A0000000-0000-0000-0000-000000000001"
U_BOB = "A0000000-0000-0000-0000-000000000002"
C_WERK = "C0000000-0000-0000-0000-000000000001"
C_STRESS = "C0000000-0000-0000-0000-000000000002"
C_RUST = "C0000000-0000-0000-0000-000000000003"
C_COLLEGA = "C0000000-0000-0000-0000-000000000004"
V_ROLE = "B0000000-0000-0000-0000-000000000001"
V_AGE = "B0000000-0000-0000-0000-000000000002"
S_ONE = "D0000000-0000-0000-0000-000000000001"
S_TWO = "D0000000-0000-0000-0000-000000000002"
S_AUDIO = "D0000000-0000-0000-0000-000000000003"
N_ONE = "E0000000-0000-0000-0000-000000000001"
N_TWO = "E0000000-0000-0000-0000-000000000002"

HEAD = '<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="{name}" origin="{origin}">'

USERS = f"""
 <Users>
  <User guid="{U_ANNA}" name="Anna Jansen"/>
  <User guid="{U_BOB}" name="bob"/>
 </Users>"""

# Nested three deep: Werk > Stress > Rust, and a sibling Collega (no colour).
CODEBOOK = f"""
 <CodeBook><Codes>
  <Code guid="{C_WERK}" name="Werk" isCodable="true" color="#1a2b3c">
   <Description>Alles over het werk</Description>
   <Code guid="{C_STRESS}" name="Stress" isCodable="true" color="#FF0000">
    <Code guid="{C_RUST}" name="Rust" isCodable="false" color="#0f0"/>
   </Code>
  </Code>
  <Code guid="{C_COLLEGA}" name="Collega's" isCodable="true"/>
 </Codes></CodeBook>"""

# QualCoder keeps its text files as sources/GUID.txt, the memo in the selection's Description.
TEXT_ONE = "Ik werk al tien jaar in de zorg.\nDe stress is soms te veel.\n\nMijn collega's helpen me."
TEXT_TWO = "Wij doen wat we kunnen.\nRust vind ik in het weekend."


def qualcoder_like() -> tuple[str, dict]:
    """A QualCoder export: Users, nested codes, a role and an age variable, two text files, Description memos."""
    xml = HEAD.format(name="zorgproject", origin="QualCoder 3.5") + USERS + CODEBOOK + f"""
 <Variables>
  <Variable guid="{V_ROLE}" name="role" typeOfVariable="Text"/>
  <Variable guid="{V_AGE}" name="leeftijd" typeOfVariable="Integer"/>
 </Variables>
 <Cases>
  <Case guid="F0000000-0000-0000-0000-000000000001" name="P01">
   <VariableValue><VariableRef targetGUID="{V_ROLE}"/><TextValue>GGD</TextValue></VariableValue>
   <VariableValue><VariableRef targetGUID="{V_AGE}"/><IntegerValue>34</IntegerValue></VariableValue>
   <SourceRef targetGUID="{S_ONE}"/>
  </Case>
  <Case guid="F0000000-0000-0000-0000-000000000002" name="P02">
   <VariableValue><VariableRef targetGUID="{V_ROLE}"/><TextValue>Verpleegkundige</TextValue></VariableValue>
   <SourceRef targetGUID="{S_TWO}"/>
  </Case>
 </Cases>
 <Sources>
  <TextSource guid="{S_ONE}" name="interview_1.txt" plainTextPath="internal://{S_ONE}.txt" creatingUser="{U_ANNA}"
    creationDateTime="2025-05-06T10:00:00Z">
   <PlainTextSelection guid="90000000-0000-0000-0000-000000000001" name="werk" startPosition="3" endPosition="21"
     creatingUser="{U_ANNA}">
    <Description>Lange loopbaan</Description>
    <Coding guid="91000000-0000-0000-0000-000000000001" creatingUser="{U_ANNA}"><CodeRef targetGUID="{C_WERK}"/></Coding>
   </PlainTextSelection>
   <PlainTextSelection guid="90000000-0000-0000-0000-000000000002" name="stress" startPosition="33" endPosition="59"
     creatingUser="{U_BOB}">
    <Coding guid="91000000-0000-0000-0000-000000000002" creatingUser="{U_BOB}"><CodeRef targetGUID="{C_STRESS}"/></Coding>
   </PlainTextSelection>
   <PlainTextSelection guid="90000000-0000-0000-0000-000000000003" name="over twee regels" startPosition="25"
     endPosition="73" creatingUser="{U_ANNA}">
    <Description>Van werk naar collega's</Description>
    <Coding guid="91000000-0000-0000-0000-000000000003" creatingUser="{U_ANNA}"><CodeRef targetGUID="{C_COLLEGA}"/></Coding>
   </PlainTextSelection>
  </TextSource>
  <TextSource guid="{S_TWO}" name="interview_2.txt" plainTextPath="internal://{S_TWO}.txt" creatingUser="{U_BOB}">
   <PlainTextSelection guid="90000000-0000-0000-0000-000000000004" startPosition="24" endPosition="28" creatingUser="{U_BOB}">
    <Coding guid="91000000-0000-0000-0000-000000000004" creatingUser="{U_BOB}"><CodeRef targetGUID="{C_RUST}"/></Coding>
   </PlainTextSelection>
  </TextSource>
 </Sources>
</Project>"""
    return xml, {f"sources/{S_ONE}.txt": TEXT_ONE, f"sources/{S_TWO}.txt": TEXT_TWO}


# As ATLAS.ti / MAXQDA keep it: text inline, Windows line ends, memos as Note + NoteRef (one inline, one a file).
TEXT_CRLF = "Eerste regel.\r\nTweede regel met een memo.\r\n"


def notes_project(case_name: str = "Marieke de Boer", role_variable: str = "Rol") -> tuple[str, dict]:
    """Memos as Notes (one inline, one in a file, one identical to the Description), a case with a real name."""
    xml = HEAD.format(name="atlas", origin="ATLAS.ti 23") + USERS + CODEBOOK + f"""
 <Variables><Variable guid="{V_ROLE}" name="{role_variable}" typeOfVariable="Text"/></Variables>
 <Cases>
  <Case guid="F0000000-0000-0000-0000-000000000003" name="{case_name}">
   <Description>Benaderd via de GGD.</Description>
   <VariableValue><VariableRef targetGUID="{V_ROLE}"/><TextValue>politie</TextValue></VariableValue>
   <SourceRef targetGUID="{S_ONE}"/>
  </Case>
 </Cases>
 <Sources>
  <TextSource guid="{S_ONE}" name="Interview (2024-11-02)">
   <PlainTextContent>{TEXT_CRLF.replace(chr(13), "&#13;")}</PlainTextContent>
   <PlainTextSelection guid="90000000-0000-0000-0000-000000000010" startPosition="15" endPosition="40" creatingUser="{U_BOB}">
    <Description>Zelfde tekst</Description>
    <Coding guid="91000000-0000-0000-0000-000000000010" creatingUser="{U_BOB}">
     <CodeRef targetGUID="{C_STRESS}"/>
     <NoteRef targetGUID="{N_TWO}"/>
    </Coding>
    <NoteRef targetGUID="{N_ONE}"/>
   </PlainTextSelection>
   <PlainTextSelection guid="90000000-0000-0000-0000-000000000011" startPosition="0" endPosition="5">
    <Description>Alleen een memo, geen code</Description>
   </PlainTextSelection>
  </TextSource>
  <TextSource guid="{S_TWO}" name="zonder case">
   <PlainTextContent>Een bron die geen case heeft.</PlainTextContent>
  </TextSource>
 </Sources>
 <Notes>
  <Note guid="{N_ONE}" name="memo 1" creatingUser="{U_BOB}"><PlainTextContent>Zelfde tekst</PlainTextContent></Note>
  <Note guid="{N_TWO}" name="memo 2" plainTextPath="internal://{N_TWO}.txt"/>
 </Notes>
</Project>"""
    return xml, {f"sources/{N_TWO}.txt": "Memo uit een notitiebestand"}


def audio_project(with_file: bool = True) -> tuple[str, dict]:
    """A text source and an audio source (with its file in the archive when `with_file`) of one case."""
    xml = HEAD.format(name="audio", origin="MAXQDA 24") + USERS + CODEBOOK + f"""
 <Cases>
  <Case guid="F0000000-0000-0000-0000-000000000004" name="R07">
   <SourceRef targetGUID="{S_ONE}"/>
   <SourceRef targetGUID="{S_AUDIO}"/>
  </Case>
 </Cases>
 <Sources>
  <TextSource guid="{S_ONE}" name="R07 transcript" plainTextPath="internal://{S_ONE}.txt"/>
  <AudioSource guid="{S_AUDIO}" name="R07 opname" path="internal://{S_AUDIO}.wav"/>
 </Sources>
</Project>"""
    files = {f"sources/{S_ONE}.txt": TEXT_TWO}
    if with_file:
        files[f"sources/{S_AUDIO}.wav"] = "RIFF....WAVEfmt "
    return xml, files


def qdpx(tmp_path, xml: str, files: dict | None = None, name: str = "project.qdpx"):
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", xml)
        for member, text in (files or {}).items():
            archive.writestr(member, text)
    return path
