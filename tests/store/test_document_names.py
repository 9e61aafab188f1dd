"""An answer citing a document by its source names it by its headline, else its address or file name."""

from __future__ import annotations

from kb_records import document, record
from sqlalchemy import Engine

from accord.documents import SourceDocument
from accord.documents.label import cited_label, document_label
from accord.ingest.writer import save_document
from accord.store.document_names import name_documents

TEXT = "The ministers of Chile and Peru met in Lima on 2 March 2025 to discuss a desalination plant."


def test_a_document_is_labelled_by_its_headline_else_its_address_else_its_file_name() -> None:
    assert document_label("Chile and Peru discuss water", "/srv/news/lima.txt") == "Chile and Peru discuss water"
    assert document_label(None, "https://news.example.org/lima") == "https://news.example.org/lima"
    assert document_label("  ", "/srv/news/lima.txt") == "lima.txt"
    assert document_label(None, "-") == "standard input"
    assert cited_label({"source": "/srv/news/lima.txt"}) == "lima.txt"


def test_every_reference_to_a_stored_source_gets_its_documents_title(store: Engine) -> None:
    titled = document("/srv/news/lima.txt", TEXT)
    untitled = SourceDocument(source="/srv/news/untitled.txt", text=TEXT + " Talks go on.", published="2025-03-03")
    for doc in (titled, untitled):
        save_document(store, doc, record(doc))
    answer = {
        "chain": [{"source": "/srv/news/lima.txt", "status": "proposed"}],
        "series": [{"observations": [{"source": {"source": "/srv/news/untitled.txt"}}]}],
        "schedule": {"deadline_source": "curator alice", "milestones": [{"source": "curator alice"}]},
    }
    with store.connect() as conn:
        named = name_documents(conn, answer)
    assert named["chain"][0]["document_title"] == titled.title
    assert named["series"][0]["observations"][0]["source"]["document_title"] == "untitled.txt"
    assert "document_title" not in named["schedule"]["milestones"][0]  # a curator is not a document
