"""accord: a sourced record of initiatives, figures and statements from news documents."""
