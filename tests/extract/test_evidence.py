"""The document text the rules read offsets from is the Doc's own text, also after entity spans
are merged into single tokens."""
from spacy.tokens import Doc
from spacy.vocab import Vocab

from mediakg.extract.evidence import document_text


def test_document_text_is_the_docs_text_and_survives_merging_tokens():
    doc = Doc(Vocab(), words=["Harbor", "Studios", "hired", "Ana", "Lopez", "."],
              spaces=[True, True, True, True, False, False])
    assert document_text(doc) == "Harbor Studios hired Ana Lopez."
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
        retokenizer.merge(doc[3:5])
    assert len(doc) == 4
    assert document_text(doc) == doc.text == "Harbor Studios hired Ana Lopez."


def test_each_doc_keeps_its_own_text():
    vocab = Vocab()
    first = Doc(vocab, words=["Streamly", "renewed", "Night", "Road"])
    second = Doc(vocab, words=["Kestrel", "Pictures", "acquired", "Glass", "Tide"])
    assert document_text(first) == "Streamly renewed Night Road "
    assert document_text(second) == "Kestrel Pictures acquired Glass Tide "
