/** The HHS Office for Civil Rights list of breaches affecting 500 or more individuals (public US-government data). */
export const HHS_OCR_BREACH_PORTAL_URL = "https://ocrportal.hhs.gov/ocr/breach/breach_report.jsf";
export const HHS_OCR_PUBLISHER = "U.S. Department of Health and Human Services, Office for Civil Rights";

/** PHI categories hospitals listed in their notices about the 2025 Oracle Health (Cerner) incident. */
export const CERNER_2025_DATA_TYPES = [
  "name",
  "date_of_birth",
  "ssn",
  "drivers_license",
  "address",
  "mrn",
  "patient_id",
  "physician",
  "diagnosis",
  "medication",
  "test_results",
  "images",
  "insurance",
  "dates_of_service",
] as const;
