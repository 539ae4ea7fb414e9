"""The `ja` recognizer registry and AnalyzerEngine: what a Presidio user needs.

Presidio needs `supported_languages=["ja"]` on both the registry and the engine,
otherwise `analyze(language="ja")` silently returns nothing.
"""

from __future__ import annotations

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from spacy.language import Language

from detectors.context import JapaneseContextEnhancer
from detectors.jp.address import AddressRecognizer
from detectors.jp.bank_account import BankAccountRecognizer
from detectors.jp.corporate_number import CorporateNumberRecognizer
from detectors.jp.credit_card import CreditCardRecognizer
from detectors.jp.date_of_birth import DateOfBirthRecognizer
from detectors.jp.drivers_license import DriversLicenseRecognizer
from detectors.jp.email import EmailRecognizer
from detectors.jp.employment_insurance import EmploymentInsuranceRecognizer
from detectors.jp.health_insurance import HealthInsuranceRecognizer
from detectors.jp.my_number import MyNumberRecognizer
from detectors.jp.passport import PassportRecognizer
from detectors.jp.pension import BasicPensionNumberRecognizer
from detectors.jp.person import PersonRecognizer
from detectors.jp.phone import PhoneRecognizer
from detectors.jp.postal_code import PostalCodeRecognizer
from detectors.jp.residence_card import ResidenceCardRecognizer
from detectors.jp.resident_record import ResidentRecordCodeRecognizer
from detectors.jp.sensitive import SensitiveTermRecognizer
from detectors.nlp import LANGUAGE, GinzaNlpEngine

# Registered explicitly, in one place (no discovery by subclass walks).
RECOGNIZER_CLASSES = (
    MyNumberRecognizer,
    CorporateNumberRecognizer,
    PassportRecognizer,
    ResidenceCardRecognizer,
    DriversLicenseRecognizer,
    BasicPensionNumberRecognizer,
    ResidentRecordCodeRecognizer,
    EmploymentInsuranceRecognizer,
    HealthInsuranceRecognizer,
    BankAccountRecognizer,
    CreditCardRecognizer,
    PhoneRecognizer,
    EmailRecognizer,
    PostalCodeRecognizer,
    DateOfBirthRecognizer,
    AddressRecognizer,
    PersonRecognizer,
    SensitiveTermRecognizer,
)


def build_registry() -> RecognizerRegistry:
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    for recognizer_class in RECOGNIZER_CLASSES:
        registry.add_recognizer(recognizer_class())
    return registry


def build_analyzer(nlp: Language) -> AnalyzerEngine:
    """An AnalyzerEngine for Japanese over a loaded ja_ginza pipeline."""
    return AnalyzerEngine(
        registry=build_registry(),
        nlp_engine=GinzaNlpEngine(nlp),
        supported_languages=[LANGUAGE],
        context_aware_enhancer=JapaneseContextEnhancer(),
    )
