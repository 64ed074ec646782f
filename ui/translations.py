"""English -> Polish for every UI string (keys are the exact English strings used with ui._())."""

PL = {
    "Model": "Model",
    "Language": "Język",
}
