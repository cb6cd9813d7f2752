package org.relieve.clinical;

/**
 * Findings that send a client to a healthcare professional before massage. Any red flag on an
 * intake blocks plan activation and the signing of session records until a clearance is recorded.
 */
public enum RedFlag {
    NUMBNESS_TINGLING("Numbness, tingling or other neurological symptoms"),
    ACUTE_INJURY("Acute injury in the treatment area"),
    INFLAMMATION("Inflammation in the treatment area"),
    MAJOR_TRAUMA("Major trauma"),
    CANCER_HISTORY("History of cancer"),
    FEVER_WEIGHT_LOSS("Fever or unexplained weight loss"),
    NIGHT_PAIN("Night pain"),
    SADDLE_ANAESTHESIA("Saddle anaesthesia"),
    BLADDER_BOWEL("Bladder or bowel changes"),
    PROGRESSIVE_WEAKNESS("Progressive weakness");

    private final String label;

    RedFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
