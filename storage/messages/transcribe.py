"""Catalogue: transcription: files, device, engine, the model library, speaker detection (transcribe/)."""

MESSAGES: dict[str, dict[str, str]] = {
    "audio.no_file": {"en": "No such file: {path}", "nl": "Dit bestand bestaat niet: {path}"},
    "engine.device": {"en": "--device takes auto, cpu or cuda, not '{requested}'.",
                      "nl": "--device neemt auto, cpu of cuda, niet '{requested}'."},
    "engine.gpu_load": {"en": "The model at {path} could not be loaded on the GPU ({detail}); use --device cpu.",
                        "nl": "Het model in {path} kon niet op de GPU worden geladen ({detail}); gebruik --device "
                              "cpu."},
    "speakers.count": {"en": "The number of speakers must be between 1 and {max}, not {speakers}.",
                       "nl": "Het aantal sprekers moet tussen 1 en {max} liggen, niet {speakers}."},
    "engine.language": {"en": "Unknown language {language!r}: use a Whisper language code such as nl, en, fr, or "
                              "'{auto}' to detect it.",
                        "nl": "Onbekende taal {language!r}: gebruik een Whisper-taalcode zoals nl, en, fr, of "
                              "'{auto}' om haar te herkennen."},
    "engine.threads": {"en": "--threads must be 1 or more (got {threads}); leave it out to use every core.",
                       "nl": "--threads moet 1 of meer zijn (nu {threads}); laat het weg om elke kern te gebruiken."},
    "engine.model_load": {"en": "The model at {path} could not be loaded ({detail}); choose another model or "
                                "add it again",
                          "nl": "Het model in {path} kon niet worden geladen ({detail}); kies een ander model of "
                                "voeg het opnieuw toe"},
    "engine.cancelled": {"en": "Transcription cancelled at {at}; {count} new segment(s) kept",
                         "nl": "Transcriptie geannuleerd op {at}; {count} nieuw(e) segment(en) bewaard"},
    "model.package_missing": {"en": "The embedded model package {package} is not installed; reinstall Veldwerk.",
                              "nl": "Het ingebouwde modelpakket {package} is niet geïnstalleerd; installeer Veldwerk "
                                    "opnieuw."},
    "model.corrupt": {"en": "The model file {model_bin} is corrupt (sha256 {sha}…, expected {expected}…); delete the "
                            "folder {folder} and Veldwerk rebuilds it from the installed package.",
                      "nl": "Het modelbestand {model_bin} is beschadigd (sha256 {sha}…, verwacht {expected}…); "
                            "verwijder de map {folder} en Veldwerk bouwt haar opnieuw op uit het geïnstalleerde "
                            "pakket."},
    "model.packages_corrupt": {"en": "The installed embedded model packages are corrupt (sha256 mismatch); reinstall "
                                     "Veldwerk.",
                               "nl": "De geïnstalleerde ingebouwde modelpakketten zijn beschadigd (sha256 klopt "
                                     "niet); installeer Veldwerk opnieuw."},
    "model.transformers": {"en": "{path} is a Hugging Face transformers checkpoint, not a CTranslate2 model; convert "
                                 "it first with ct2-transformers-converter --quantization int8",
                           "nl": "{path} is een Hugging Face transformers-checkpoint, geen CTranslate2-model; zet "
                                 "het eerst om met ct2-transformers-converter --quantization int8"},
    "model.ggml": {"en": "{path} holds a whisper.cpp or OpenAI PyTorch model; Veldwerk needs a CTranslate2 model",
                   "nl": "{path} bevat een whisper.cpp- of OpenAI PyTorch-model; Veldwerk heeft een "
                         "CTranslate2-model nodig"},
    "model.no_vocabulary": {"en": "{path} has neither tokenizer.json nor a vocabulary file",
                            "nl": "{path} bevat geen tokenizer.json en geen vocabulairebestand"},
    "model.config_json": {"en": "{path}/config.json is not valid JSON ({detail})",
                          "nl": "{path}/config.json is geen geldige JSON ({detail})"},
    "model.config_transformers": {"en": "{path}/config.json is a transformers config, not a CTranslate2 one",
                                  "nl": "{path}/config.json is een transformers-configuratie, geen "
                                        "CTranslate2-configuratie"},
    "model.bin_header": {"en": "{path}/model.bin is not a CTranslate2 model file (unreadable header)",
                         "nl": "{path}/model.bin is geen CTranslate2-modelbestand (kop onleesbaar)"},
    "model.not_whisper": {"en": "{path} is a CTranslate2 {spec} model, not a Whisper model",
                          "nl": "{path} is een CTranslate2-model van het type {spec}, geen Whisper-model"},
    "model.bad_name": {"en": "'{name}' is not a usable model name (letters, digits, '.', '_' or '-', at most 64)",
                       "nl": "'{name}' is geen bruikbare modelnaam (letters, cijfers, '.', '_' of '-', hoogstens 64)"},
    "model.embedded_remove": {"en": "The embedded default model cannot be removed",
                              "nl": "Het ingebouwde standaardmodel kan niet worden verwijderd"},
    "model.not_in_library": {"en": "No model called '{name}' in the library",
                             "nl": "Er is geen model '{name}' in de bibliotheek"},
    "model.link_unreachable": {"en": "The linked model '{text}' is not reachable at {target} (is the drive attached?)",
                               "nl": "Het gekoppelde model '{text}' is niet bereikbaar op {target} (is de schijf "
                                     "aangesloten?)"},
    "model.unknown": {"en": "No model called '{text}' and no such folder; Veldwerk never downloads models, {hint}. "
                            "Known models: {known}",
                      "nl": "Geen model met de naam '{text}' en geen map met die naam; Veldwerk downloadt nooit "
                            "modellen, {hint}. Bekende modellen: {known}"},
    "speakers.option": {"en": "--speakers takes a number from 1 to {max} or 'auto', not '{value}'.",
                        "nl": "--speakers neemt een getal van 1 tot {max} of 'auto', niet '{value}'."},
    "speakers.cancelled": {"en": "Speaker detection cancelled; nothing was changed.",
                           "nl": "Sprekerherkenning geannuleerd; er is niets veranderd."},
    "model.add_hint": {"en": "add one with `veldwerk models add PATH` (a CTranslate2 Whisper model folder)",
                       "nl": "voeg er een toe met `veldwerk models add PATH` (een map met een CTranslate2-Whispermodel)"},
    "speakers.too_little_speech": {"en": "Too little speech in the recording to tell speakers apart.",
                                   "nl": "Te weinig spraak in de opname om sprekers uit elkaar te houden."},
    "speakers.no_segments": {"en": "The transcript has no segments, so there are no speakers to label.",
                             "nl": "De transcriptie heeft geen segmenten, dus er zijn geen sprekers om te benoemen."},
    "engine.mono": {"en": "Audio must be mono (one channel) at 16 kHz",
                    "nl": "Audio moet mono zijn (één kanaal) op 16 kHz"},
}
