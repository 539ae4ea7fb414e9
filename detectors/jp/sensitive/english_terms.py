"""English names of illnesses and disabilities for english_prose (sens18): general medical
vocabulary, no corpus's list. Each is a regular-expression alternative (escaped where needed);
a name ending in disorder, disease, syndrome, cancer, illness or infection is read
by its ending and needs no entry here."""

from __future__ import annotations

CONDITIONS = (
    "depression", "anxiety", "bipolar", "schizophrenia", "PTSD", "OCD", "burnout", "insomnia", "dementia",
    "Alzheimer's", "Parkinson's", "diabetes", "cancer", "leuk(?:a)?emia", "lymphoma", "tumou?r", "asthma",
    "epilepsy", "hypertension", "high blood pressure", "stroke", "heart attack", "angina", "HIV", "AIDS",
    "hepatitis [A-E]", "hepatitis", "tuberculosis", "multiple sclerosis", "arthritis", "Crohn's", "colitis",
    "herniated disc", "slipped disc", "hernia", "anorexia", "bulimia", "alcoholism", "addiction", "migraines?",
    "COPD", "long COVID", "COVID-19", "fibromyalgia", "psoriasis", "lupus", "glaucoma", "cirrhosis", "gout",
    "chronic fatigue", "panic attacks", "heart failure", "kidney failure", "renal failure", "liver failure",
    "respiratory failure",
)

DISABILITIES = (
    "impairment", "ADHD", "autism", "Asperger's", "dyslexia", "cerebral palsy", "Down syndrome",
    "paralysis", "paraplegia", "tetraplegia", "learning disability", "intellectual disability", "disability",
    "registered blind", "blindness", "partially sighted", "deafness", "hard of hearing", "wheelchair user", "amputee",
)
