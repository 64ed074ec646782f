"""English -> Polish for every UI string: keys are the exact English strings used with ui._() (and the
figure words of charts/, translated by ui.i18n.translate_figure; `{name}` keys match f-string parts).

Conventions: the course's symbols (f, i, C̃, C, o, h, σ, tanh, W, b, x, y, z) and equations stay as they are;
forget/input/output gate = bramka zapominania/wejściowa/wyjściowa, cell state = stan komórki, hidden state =
stan ukryty, loss = strata, learning rate = współczynnik uczenia, unit = jednostka, seed = ziarno.
Placeholders `{name}` must be the same in both languages (tests/unit/test_translations.py checks it);
scripts/extract_strings.py lists the keys still missing.
"""

PL = {
    # --- shared sidebar, widgets, models (ui/) ---------------------------------------------------------
    "Language": "Język",
    "Model": "Model",
    "Trained in this session": "Wytrenowany w tej sesji",
    "Load a checkpoint (.npz)": "Wczytaj zapisany model (.npz)",
    "Uploaded: ": "Wczytany: ",
    "This file is not a usable checkpoint: ": "Tego pliku nie da się wczytać jako modelu: ",
    "No model is available: the shipped models are missing from assets/models. Train one on the Training page.":
        "Brak modelu: w katalogu assets/models nie ma dołączonych modeli. Wytrenuj model na stronie Trening.",
    "Text to run the model on": "Tekst, który czyta model",
    "The model's training text": "Tekst treningowy modelu",
    "My own text": "Mój własny tekst",
    "Your text (only symbols the model knows)": "Twój tekst (tylko symbole znane modelowi)",
    "the text is empty": "tekst jest pusty",
    "Showing the training text instead: ": "Zamiast niego pokazuję tekst treningowy: ",
    "The pages show the first {n} characters of this text.": "Strony pokazują pierwsze {n} znaków tego tekstu.",
    "{kind}, H = {H}, {V} symbols ({level})": "{kind}, H = {H}, liczba symboli: {V} ({level})",
    "Variant 14 sentence — fast preset (shipped)": "Zdanie z wariantu 14 — szybkie ustawienia (dołączony)",
    "Variant 14 sentence — course preset (shipped)": "Zdanie z wariantu 14 — ustawienia z kursu (dołączony)",
    "Structured text: quotes, brackets, lines (shipped)":
        "Tekst ze strukturą: cudzysłowy, nawiasy, wiersze (dołączony)",
    "Download the data (CSV)": "Pobierz dane (CSV)",
    "Show the code that computes this": "Pokaż kod, który to oblicza",
    "What am I looking at?": "Na co patrzę?",
    "Download the report (HTML)": "Pobierz raport (HTML)",
    "Preparing the report…": "Przygotowuję raport…",
    "One HTML file with every figure inside: opens offline, prints on A4.":
        "Jeden plik HTML ze wszystkimi wykresami w środku: otwiera się bez internetu, drukuje się na A4.",
    "Cannot train on this: ": "Nie da się na tym trenować: ",
    "The file has {n:,} characters; the limit is {limit:,}.": "Plik ma {n:,} znaków; limit to {limit:,}.",
    "The file is not UTF-8 text (byte {pos} cannot be read); save it as UTF-8 and upload it again.":
        "Plik nie jest tekstem UTF-8 (nie da się odczytać bajtu {pos}); zapisz go w UTF-8 i wczytaj ponownie.",
    "{label}: {it} of at most {total} updates, loss {loss:.3f}":
        "{label}: {it} z najwyżej {total} aktualizacji, strata {loss:.3f}",

    # --- guided tour (ui/tour.py) -------------------------------------------------------------------
    "Start the guided tour": "Rozpocznij przewodnik",
    "Back to the guided tour (step {k} of {n})": "Wróć do przewodnika (krok {k} z {n})",
    "Resume the guided tour (step {k} of {n})": "Wznów przewodnik (krok {k} z {n})",
    "Guided tour: step {k} of {n} (see the box at the top).": "Przewodnik: krok {k} z {n} (zobacz ramkę u góry).",
    "Guided tour · step {k} of {n}": "Przewodnik · krok {k} z {n}",
    "Back": "Wstecz",
    "Next": "Dalej",
    "Finish": "Zakończ",
    "Dismiss": "Zamknij",
    "Hide the tour; the sidebar button resumes it at this step.":
        "Ukryj przewodnik; przycisk na pasku bocznym wznowi go od tego kroku.",
    "Start here: six equations": "Zacznij tutaj: sześć równań",
    "Read the equations: **C = f \\* C_prev + i \\* C̃** is the only line where the memory C changes — f decides "
    "how much of the old memory stays, i how much new candidate C̃ is written. Then type the first few characters "
    "of the model's training text into the demo box: the bars show the model's guesses for the next character. "
    "**Conclude:** the prediction y comes from h alone, and h comes from C.":
        "Przeczytaj równania: **C = f \\* C_prev + i \\* C̃** to jedyny wiersz, w którym zmienia się pamięć C — "
        "f decyduje, ile starej pamięci zostaje, a i — ile nowego kandydata C̃ zostaje zapisane. Potem wpisz "
        "w polu demonstracyjnym kilka pierwszych znaków tekstu treningowego modelu: słupki pokazują, jaki "
        "następny znak przewiduje model. **Wniosek:** predykcja y powstaje wyłącznie z h, a h powstaje z C.",
    "Characters become vectors": "Znaki stają się wektorami",
    "Look at the one-hot heatmap: every column (one character of the text) has exactly one dark cell, in the row "
    "of its symbol. Compare the size table: an index is 1 number but invents an order (is 'b' > 'a'?); one-hot "
    "costs V numbers per symbol and has no order. **Conclude:** the LSTM never sees letters, only these vectors x_t.":
        "Spójrz na mapę ciepła kodowania one-hot: każda kolumna (jeden znak tekstu) ma dokładnie jedną ciemną "
        "komórkę, w wierszu swojego symbolu. Porównaj tabelę rozmiarów: indeks to 1 liczba, ale wprowadza "
        "sztuczny porządek (czy 'b' > 'a'?); one-hot kosztuje V liczb na symbol i nie ma porządku. "
        "**Wniosek:** LSTM nigdy nie widzi liter, tylko te wektory x_t.",
    "One step with the real numbers": "Jeden krok na prawdziwych liczbach",
    "The page asks first: for the chosen position and unit, set your guesses for f, i, C̃, o, then C and h, and "
    "press **Reveal**. Your guesses appear beside the real values, each with the reason drawn from the numbers. "
    "Then read the line **C = f·C_prev + i·C̃ = …** with the numbers substituted, and find a unit where f is close "
    "to 1 and i close to 0: its C is almost the same as C_prev. **Conclude:** every number on the other pages is "
    "produced by these six lines, one step at a time.":
        "Strona najpierw pyta: dla wybranej pozycji i jednostki ustaw swoje typy dla f, i, C̃, o, potem C i h, "
        "i naciśnij **Odsłoń**. Twoje typy pojawią się obok prawdziwych wartości, każdy z uzasadnieniem "
        "wyczytanym z liczb. Potem przeczytaj wiersz **C = f·C_prev + i·C̃ = …** z podstawionymi liczbami "
        "i znajdź jednostkę, w której f jest bliskie 1, a i bliskie 0: jej C jest prawie takie samo jak C_prev. "
        "**Wniosek:** każdą liczbę na pozostałych stronach wyliczają te same sześć wierszy, krok po kroku.",
    "What the gates do at each character": "Co robią bramki przy każdym znaku",
    "In the forget-gate heatmap, find a unit that is dark (≈ 1) almost everywhere: it keeps its memory. Then find "
    "a column where many units turn light (≈ 0) together: at that character the model wipes part of its memory "
    "(often at a space or punctuation). In the saturation plot, units near the corners act like switches. "
    "**Conclude:** gates are mostly open or shut, not half-way.":
        "Na mapie ciepła bramki zapominania znajdź jednostkę, która prawie wszędzie jest ciemna (≈ 1): ona "
        "zachowuje swoją pamięć. Potem znajdź kolumnę, w której wiele jednostek naraz robi się jasnych (≈ 0): "
        "przy tym znaku model czyści część pamięci (często przy spacji lub znaku interpunkcyjnym). Na wykresie "
        "nasycenia jednostki blisko rogów działają jak przełączniki. **Wniosek:** bramki są zwykle otwarte "
        "albo zamknięte, a nie w połowie.",
    "The memory line C": "Linia pamięci C",
    "In the C heatmap, find a unit whose colour stays the same over a long stretch of text: it is remembering "
    "something across those characters. Compare it with h = o·tanh(C): h is squeezed into (−1, 1) and can be quiet "
    "while C still holds its value. **Conclude:** C carries information forward, h only shows the part of it the "
    "output gate lets through.":
        "Na mapie ciepła C znajdź jednostkę, której kolor nie zmienia się na długim fragmencie tekstu: pamięta "
        "ona coś przez te znaki. Porównaj ją z h = o·tanh(C): h jest ściśnięte do przedziału (−1, 1) i może "
        "milczeć, gdy C wciąż przechowuje swoją wartość. **Wniosek:** C niesie informację dalej, a h pokazuje "
        "tylko tę jej część, którą przepuści bramka wyjściowa.",
    "Where the weights come from": "Skąd się biorą wagi",
    "Press Train with the fast preset and watch the loss curve fall; the smooth loss lags behind the raw loss. "
    "When it crosses the 0.1 line the run stops, and the recitation colours each character the model now "
    "reproduces. **Conclude:** the shipped model was trained exactly like this, by gradient descent with "
    "backpropagation through time.":
        "Naciśnij Trenuj przy szybkich ustawieniach i obserwuj, jak spada krzywa straty; wygładzona strata "
        "nie nadąża za surową. Gdy przetnie linię 0,1, trening się zatrzymuje, a recytacja koloruje każdy "
        "znak, który model teraz odtwarza. **Wniosek:** dołączony model został wytrenowany dokładnie tak — "
        "metodą spadku gradientu z propagacją wsteczną w czasie.",
    "Let the model write": "Niech model pisze",
    "Guess the symbol the model writes next and how sure it is, press **Reveal**: the top-k bars show how sure the "
    "model was. Set the temperature to 0 (greedy) and the model recites its training text; raise it to 1, then 2: "
    "the text gets more varied, then nonsense. **Conclude:** the model stores the text as probabilities of the "
    "next character.":
        "Zgadnij, jaki symbol model napisze teraz i jak będzie pewny, naciśnij **Odsłoń**: słupki top-k pokazują, "
        "jak pewny był model. Ustaw temperaturę na 0 (wybór zachłanny), a model wyrecytuje swój tekst "
        "treningowy; podnieś ją do 1, potem do 2: tekst staje się bardziej urozmaicony, a potem bezsensowny. "
        "**Wniosek:** model przechowuje tekst jako prawdopodobieństwa następnego znaku.",
    "Why an LSTM remembers longer": "Dlaczego LSTM pamięta dłużej",
    "Mark how many steps back you expect the gradients to shrink to 1/1000 and press **Reveal the curves**. On the "
    "log-scale plot of the gradient size against the distance T − t, the plain RNN's line falls steeply (the "
    "gradient vanishes); the LSTM's gradient through C is passed back multiplied only by f, so with f ≈ 1 (set b_f "
    "to 1 or more, or look at the trained model) it falls much more slowly. **Conclude:** this is why an LSTM can "
    "learn dependencies over many characters.":
        "Zaznacz, ile kroków wstecz według Ciebie gradienty zmaleją do 1/1000, i naciśnij **Odsłoń krzywe**. Na "
        "wykresie w skali logarytmicznej rozmiaru gradientu względem odległości T − t linia zwykłej sieci RNN "
        "opada stromo (gradient zanika); gradient LSTM płynący przez C jest przekazywany wstecz pomnożony tylko "
        "przez f, więc przy f ≈ 1 (ustaw b_f na 1 lub więcej albo spójrz na wytrenowany model) opada znacznie "
        "wolniej. **Wniosek:** dlatego LSTM potrafi nauczyć się zależności obejmujących wiele znaków.",
    "Check what you learnt": "Sprawdź, czego się nauczyłeś/nauczyłaś",
    "Answer the questions about this model: each answer is read from its own numbers, and the explanation cites "
    "the equation. Your score and answers go into the HTML report. **Conclude:** if you can predict the gates, C "
    "and h from the equations, you can read any LSTM. That is the tour — the Attribution page shows which earlier "
    "characters each prediction depends on.":
        "Odpowiedz na pytania o ten model: każda odpowiedź jest odczytana z jego własnych liczb, a wyjaśnienie "
        "przytacza równanie. Twój wynik i odpowiedzi trafiają do raportu HTML. **Wniosek:** jeśli potrafisz "
        "przewidzieć bramki, C i h z równań, przeczytasz każdą sieć LSTM. To koniec przewodnika — strona "
        "Atrybucja pokazuje, od których wcześniejszych znaków zależy każda predykcja.",
    "Home": "Start",
    "LSTM Explainer": "LSTM od środka",
    "A **Long Short-Term Memory** network reads a text one symbol at a time. It keeps a *cell state* C — a memory "
    "line — and three gates decide, at every step, what to **forget** from it, what new information to **write** "
    "into it, and how much of it to **show** as the output h. From h it predicts the next symbol. Every number on "
    "these pages comes from a real model in this app.":
        "Sieć **LSTM** (ang. *Long Short-Term Memory*, długa pamięć krótkotrwała) czyta tekst po jednym "
        "symbolu. Przechowuje *stan komórki* C — linię pamięci — a trzy bramki decydują w każdym kroku, co z "
        "niej **zapomnieć**, jaką nową informację do niej **zapisać** i ile z niej **pokazać** jako wyjście h. "
        "Na podstawie h sieć przewiduje następny symbol. Każda liczba na tych stronach pochodzi z prawdziwego "
        "modelu w tej aplikacji.",
    "The equations (course notation)": "Równania (w notacji z kursu)",
    "Try it: what comes next?": "Wypróbuj: co będzie dalej?",
    "Type the beginning of a text; the model reads it and shows its guesses for the next symbol.":
        "Wpisz początek tekstu; model go przeczyta i pokaże, jakiego następnego symbolu się spodziewa.",
    "Beginning of a text": "Początek tekstu",
    "Type at least one character.": "Wpisz co najmniej jeden znak.",
    "The model cannot read this: ": "Model nie może tego przeczytać: ",
    "Most likely next symbol: ": "Najbardziej prawdopodobny następny symbol: ",
    "The pages": "Strony",
    "1. **Encodings** — how symbols become numbers: indices, one-hot vectors, embeddings.\n"
    "2. **One step** — one step of the cell with the real numbers substituted into each equation.\n"
    "3. **Gates** — what the forget, input and output gates do at every character.\n"
    "4. **Cell state** — the memory C, tanh(C) and h over the text, and which units fire where.\n"
    "5. **Training** — train your own LSTM until the loss is below 0.1, live.\n"
    "6. **Generate** — let the model write, with temperature, and check its recitation.\n"
    "7. **Gradients through time** — why an LSTM remembers longer than a plain RNN.":
        "1. **Kodowania** — jak symbole stają się liczbami: indeksy, wektory one-hot, zanurzenia (embeddingi).\n"
        "2. **Jeden krok** — jeden krok komórki z prawdziwymi liczbami podstawionymi do każdego równania.\n"
        "3. **Bramki** — co robią bramka zapominania, wejściowa i wyjściowa przy każdym znaku.\n"
        "4. **Stan komórki** — pamięć C, tanh(C) i h w całym tekście oraz które jednostki gdzie się "
        "aktywują.\n"
        "5. **Trening** — wytrenuj własną sieć LSTM, aż strata spadnie poniżej 0,1, na żywo.\n"
        "6. **Generowanie** — niech model pisze, z temperaturą; sprawdź jego recytację.\n"
        "7. **Gradienty w czasie** — dlaczego LSTM pamięta dłużej niż zwykła sieć RNN.",

    # --- Report (pages/10_Report.py) ----------------------------------------------------------------
    "Report": "Raport",
    "Download one HTML file that describes the current model: its training text, hyperparameters and stopping "
    "criterion, the loss curve with the 0.1 target, iterations and time, generated samples, the recitation of the "
    "training text, and heatmaps of the gates f, i, o and of the cell state C. Every figure is inside the file, so "
    "it opens without internet; print it (A4) or paste its figures into your report.":
        "Pobierz jeden plik HTML opisujący bieżący model: jego tekst treningowy, hiperparametry i kryterium "
        "zatrzymania, krzywą straty z celem 0,1, liczbę iteracji i czas, wygenerowane próbki, recytację "
        "tekstu treningowego oraz mapy ciepła bramek f, i, o i stanu komórki C. Wszystkie wykresy są w pliku, "
        "więc otwiera się on bez internetu; wydrukuj go (A4) albo wklej wykresy do swojego sprawozdania.",
    "The report is about the model chosen in the sidebar and the text it was trained on (the first 2000 "
    "characters). Samples are generated from the text's first character at temperature 0 (greedy: always the most "
    "likely next character) and 0.5. The recitation feeds the first character and lets the model continue on its "
    "own: green characters match the training text, red ones do not.":
        "Raport dotyczy modelu wybranego na pasku bocznym i tekstu, na którym go wytrenowano (pierwszych 2000 "
        "znaków). Próbki są generowane od pierwszego znaku tekstu przy temperaturze 0 (wybór zachłanny: "
        "zawsze najbardziej prawdopodobny następny znak) i 0,5. Recytacja podaje modelowi pierwszy znak "
        "i pozwala mu pisać dalej samodzielnie: zielone znaki zgadzają się z tekstem treningowym, czerwone nie.",
    "What the report will contain": "Co znajdzie się w raporcie",
    "Hyperparameters and criterion": "Hiperparametry i kryterium",
    "No training configuration is stored with this model.": "Ten model nie ma zapisanej konfiguracji treningu.",
    "Training result": "Wynik treningu",
    "No training summary is stored with this model.": "Ten model nie ma zapisanego podsumowania treningu.",
    "This model has no stored training history: the report's loss curve will say so.":
        "Ten model nie ma zapisanej historii treningu: wykres straty w raporcie to zaznaczy.",
    "The report could not be made for this model: ": "Nie udało się przygotować raportu dla tego modelu: ",
    "File: {name} ({kb:,} KB, most of it the plotting library, so it opens offline).":
        "Plik: {name} ({kb:,} KB, głównie biblioteka wykresów, dzięki której otwiera się bez internetu).",

    # --- Attribution (pages/11_Attribution.py) ------------------------------------------------------
    "Attribution": "Atrybucja",
    "Attribution: which earlier characters matter?": "Atrybucja: które wcześniejsze znaki mają znaczenie?",
    "Pick a position t in the text. The model's prediction there depends on every character it has read so far. "
    "Backpropagation through time tells how strongly a tiny change of each earlier input vector x_s would move "
    "that prediction (or one unit of the memory C_t): a tall bar means the prediction is sensitive to that "
    "character, a bar near zero means it hardly looks at it.":
        "Wybierz pozycję t w tekście. Predykcja modelu w tym miejscu zależy od każdego znaku, który dotąd "
        "przeczytał. Propagacja wsteczna w czasie mówi, jak mocno drobna zmiana każdego wcześniejszego wektora "
        "wejściowego x_s przesunęłaby tę predykcję (albo jedną jednostkę pamięci C_t): wysoki słupek oznacza, "
        "że predykcja jest wrażliwa na ten znak, słupek bliski zera — że model prawie na niego nie patrzy.",
    "Position t (the step whose prediction we explain)": "Pozycja t (krok, którego predykcję wyjaśniamy)",
    "What to draw for each input x_s": "Co narysować dla każdego wejścia x_s",
    "size ‖∂q/∂x_s‖ (how sensitive)": "rozmiar ‖∂q/∂x_s‖ (jak duża wrażliwość)",
    "gradient × input (signed: pushes up or down)": "gradient × wejście (ze znakiem: podnosi czy obniża)",
    "The predicted next symbol": "Przewidywany następny symbol",
    "At step {t} the model has read {char} and predicts {pred} with probability {p:.1%}; "
    "q = log y_t[{pred}] = {v:.4f}.":
        "W kroku {t} model przeczytał {char} i przewiduje {pred} z prawdopodobieństwem {p:.1%}; "
        "q = log y_t[{pred}] = {v:.4f}.",
    "log y_t[predicted]": "log y_t[przewidywany]",
    "One unit of the cell state C_t": "Jedna jednostka stanu komórki C_t",
    "This model is a {kind}: it has no cell state C.": "Ten model to {kind}: nie ma stanu komórki C.",
    "Unit of C_t": "Jednostka C_t",
    "q = C_t[{u}] = {v:.4f} at step {t}.": "q = C_t[{u}] = {v:.4f} w kroku {t}.",
    "C_t[{u}]": "C_t[{u}]",
    "gradient × input": "gradient × wejście",
    "size of the gradient ‖∂q/∂x_s‖": "rozmiar gradientu ‖∂q/∂x_s‖",
    "Sensitivity of {what} to each input": "Wrażliwość {what} na każde wejście",
    "The text coloured by the sensitivity of {what}": "Tekst pokolorowany według wrażliwości {what}",
    "**What this measures.** For one number q computed at step t — the log-probability the model gives to its "
    "predicted next symbol, or one unit of its memory C_t — we compute the gradient ∂q/∂x_s for every input vector "
    "x_s the model read up to t, with the same backpropagation through time that training uses. The bar is the "
    "length ‖∂q/∂x_s‖ of that gradient: how much q would change if x_s were nudged a tiny bit in the most effective "
    "direction. *Gradient × input* multiplies the gradient by x_s itself; with one-hot inputs it is the gradient's "
    "entry for the character actually read — positive means that entry pushes q up.\n\n"
    "**What it does not measure.** It is *local*: the slope at these weights and this exact text, not the effect "
    "of deleting or replacing a character (that would be a big jump, and the network is not linear). One-hot "
    "inputs are 0 or 1, never in between, so a \"tiny nudge\" of x_s is a mathematical probe, not a text the model "
    "could actually read. Large sensitivity is a hint about what the model uses, not proof of cause.\n\n"
    "**Try it.** Move t to a character that the model predicts confidently and look where the tall bars are: often "
    "the last few characters, sometimes one far back (a bracket or a quote that must be closed).":
        "**Co to mierzy.** Dla jednej liczby q obliczonej w kroku t — logarytmu prawdopodobieństwa, jakie model "
        "daje przewidywanemu następnemu symbolowi, albo jednej jednostki jego pamięci C_t — liczymy gradient "
        "∂q/∂x_s dla każdego wektora wejściowego x_s, który model przeczytał do chwili t, tą samą propagacją "
        "wsteczną w czasie, której używa trening. Słupek to długość ‖∂q/∂x_s‖ tego gradientu: o ile zmieniłoby "
        "się q, gdyby x_s lekko przesunąć w najskuteczniejszym kierunku. *Gradient × wejście* mnoży gradient "
        "przez samo x_s; przy wejściach one-hot jest to składowa gradientu dla faktycznie przeczytanego znaku — "
        "wartość dodatnia oznacza, że ta składowa podnosi q.\n\n"
        "**Czego to nie mierzy.** To miara *lokalna*: nachylenie przy tych wagach i dokładnie tym tekście, a nie "
        "skutek usunięcia lub podmiany znaku (to byłby duży skok, a sieć nie jest liniowa). Wejścia one-hot to "
        "0 albo 1, nigdy nic pomiędzy, więc „lekkie przesunięcie” x_s to matematyczna sonda, a nie tekst, który "
        "model mógłby naprawdę przeczytać. Duża wrażliwość to wskazówka, z czego model korzysta, a nie dowód "
        "przyczyny.\n\n"
        "**Wypróbuj.** Przesuń t na znak, który model przewiduje z dużą pewnością, i zobacz, gdzie są wysokie "
        "słupki: często przy kilku ostatnich znakach, czasem przy jednym daleko wstecz (nawiasie albo "
        "cudzysłowie, który trzeba zamknąć).",

    # --- Names (pages/12_Names.py) ------------------------------------------------------------------
    "Names": "Imiona",
    "Inventing names": "Wymyślanie imion",
    "Each line of the list is one example. The model starts every name from a fresh, empty state, reads a newline "
    "as the *start* symbol and must predict the name letter by letter, ending with a newline (the *end* symbol). "
    "Afterwards it invents new names by sampling until it writes a newline. A vanilla RNN and an LSTM learn the "
    "same list with the same budget, so you can compare them.":
        "Każdy wiersz listy to jeden przykład. Model zaczyna każde imię od świeżego, pustego stanu, czyta znak "
        "nowego wiersza jako symbol *początku* i musi przewidzieć imię litera po literze, kończąc znakiem nowego "
        "wiersza (symbolem *końca*). Potem wymyśla nowe imiona, losując kolejne litery, aż napisze znak nowego "
        "wiersza. Zwykła sieć RNN i LSTM uczą się tej samej listy przy tym samym budżecie, więc można je porównać.",
    "Names to learn": "Imiona do nauki",
    "Invented names shipped with the app (400)": "Wymyślone imiona dołączone do aplikacji (400)",
    "Upload my own list (.txt, one name per line)": "Wczytaj własną listę (.txt, jedno imię w wierszu)",
    "A .txt file, one name per line": "Plik .txt, jedno imię w wierszu",
    "Upload a list to train on it.": "Wczytaj listę, aby na niej trenować.",
    "The file is not UTF-8 text; save it as UTF-8 and upload it again.":
        "Plik nie jest tekstem UTF-8; zapisz go w UTF-8 i wczytaj ponownie.",
    "This list cannot be used: ": "Tej listy nie da się użyć: ",
    "vanilla RNN": "zwykła sieć RNN",
    "LSTM": "LSTM",
    "Training the {model}": "Trenuję: {model}",
    "{model}: {share:.0%} new": "{model}: {share:.0%} nowych",
    "Loss over the whole list: {loss:.3f} nats per symbol": "Strata na całej liście: {loss:.3f} nata na symbol",
    "new": "nowe",
    "{n} names, e.g. {first}": "Liczba imion: {n}, np. {first}",
    "Hidden units H": "Liczba jednostek ukrytych H",
    "Updates (8 names each)": "Liczba aktualizacji (po 8 imion)",
    "Seed": "Ziarno losowania",
    "Train a vanilla RNN and an LSTM": "Wytrenuj zwykłą sieć RNN i LSTM",
    "Training loss on batches of 8 names": "Strata treningowa na porcjach po 8 imion",
    "Names to generate": "Liczba imion do wygenerowania",
    "Temperature": "Temperatura",
    "Sampling seed": "Ziarno losowania próbek",
    "The LSTM is now the sidebar's model \"Trained in this session\": the Gates and Cell state pages show it "
    "reading the list.":
        "LSTM jest teraz modelem „Wytrenowany w tej sesji” na pasku bocznym: strony Bramki i Stan "
        "komórki pokazują, jak czyta listę.",
    "Press the button to train both models (a few seconds).":
        "Naciśnij przycisk, aby wytrenować oba modele (kilka sekund).",
    "**Loss curves**: cross-entropy per symbol (natural log) on each batch of 8 names; lower means the model is less "
    "surprised by the next letter. Uniform guessing over V symbols costs ln V.\n\n"
    "**Generated names**: each starts from the newline symbol and is sampled letter by letter with the chosen "
    "temperature until the model writes a newline (or 40 letters). *new* = not in the training list, *copy* = the "
    "model reproduced a training name. A model that only copies has memorised; one whose names are all new but "
    "unpronounceable has not learned the syllable rules yet.\n\n"
    "The shipped names are invented by a few syllable rules (lstm/tasks/names.py): onsets like *br*, *th*, vowels, "
    "optional codas and endings like *-ia*, *-on*, so there is a pattern to learn.":
        "**Krzywe straty**: entropia krzyżowa na symbol (logarytm naturalny) na każdej porcji 8 imion; im niżej, "
        "tym mniej model jest zaskoczony następną literą. Zgadywanie z równym prawdopodobieństwem spośród V "
        "symboli kosztuje ln V.\n\n"
        "**Wygenerowane imiona**: każde zaczyna się od symbolu nowego wiersza i jest losowane litera po literze "
        "z wybraną temperaturą, aż model napisze znak nowego wiersza (albo 40 liter). *nowe* = nie ma go na "
        "liście treningowej, *kopia* = model odtworzył imię z listy. Model, który tylko kopiuje, nauczył się "
        "na pamięć; model, którego imiona są wszystkie nowe, ale niewymawialne, nie opanował jeszcze reguł "
        "sylab.\n\n"
        "Dołączone imiona powstały z kilku reguł sylabowych (lstm/tasks/names.py): nagłosy takie jak *br*, "
        "*th*, samogłoski, opcjonalne wygłosy i końcówki takie jak *-ia*, *-on*, więc jest tu wzorzec do "
        "nauczenia.",

    # --- Time series (pages/14_Time_series.py) ------------------------------------------------------
    "Time series": "Szereg czasowy",
    "Predicting sunspots: a numeric time series": "Przewidywanie plam słonecznych: liczbowy szereg czasowy",
    "Here the input at each step is not a symbol but **one real number**: the yearly sunspot number. The same LSTM "
    "cell reads the last W years (x is a vector of length 1) and a linear output layer ŷ = W_y·h + b_y predicts the "
    "next year; the loss is the squared error. The data are split **by time**: the models learn on the first 80 % "
    "of the years and are judged on the last 20 %, which they never saw.":
        "Tutaj wejściem w każdym kroku nie jest symbol, tylko **jedna liczba rzeczywista**: roczna liczba plam "
        "słonecznych. Ta sama komórka LSTM czyta ostatnie W lat (x jest wektorem długości 1), a liniowa warstwa "
        "wyjściowa ŷ = W_y·h + b_y przewiduje następny rok; funkcją straty jest błąd kwadratowy. Dane są "
        "podzielone **według czasu**: modele uczą się na pierwszych 80 % lat, a ocenia się je na ostatnich "
        "20 %, których nigdy nie widziały.",
    "Window W (years read)": "Okno W (liczba czytanych lat)",
    "Training epochs (full batch)": "Liczba epok treningu (każda na całym zbiorze)",
    "Data: yearly sunspot numbers 1700–2008 (public domain; SILSO / Royal Observatory of Belgium, via NOAA NGDC and "
    "statsmodels; see assets/series/README.md). Scaled to 0–1 with the training years' minimum and maximum; errors "
    "below are back in sunspots.":
        "Dane: roczne liczby plam słonecznych 1700–2008 (domena publiczna; SILSO / Królewskie Obserwatorium "
        "Belgii, przez NOAA NGDC i statsmodels; zob. assets/series/README.md). Przeskalowane do 0–1 minimum "
        "i maksimum lat treningowych; błędy poniżej są z powrotem w plamach słonecznych.",
    "Train the RNN and the LSTM": "Wytrenuj RNN i LSTM",
    "Training both models…": "Trenuję oba modele…",
    "{model}: RMSE": "{model}: RMSE",
    "MAE {mae:.1f} sunspots": "MAE {mae:.1f} plam słonecznych",
    "Inside the LSTM": "Wnętrze LSTM",
    "Quantity": "Wielkość",
    "Press the button to train both models with these settings (a few seconds).":
        "Naciśnij przycisk, aby wytrenować oba modele z tymi ustawieniami (kilka sekund).",
    "Next-year predictions on the validation years": "Prognozy na następny rok w latach walidacyjnych",
    "Validation error in sunspots (lower is better)": "Błąd walidacyjny w plamach słonecznych (mniej = lepiej)",
    "Mean squared error (scaled units) during training": "Błąd średniokwadratowy (w jednostkach po skalowaniu) "
                                                         "podczas treningu",
    "LSTM {q} per unit and year": "LSTM: {q} dla każdej jednostki i roku",
    "**Predictions**: black = the true yearly sunspot numbers; coloured lines = each model's prediction for a year, "
    "made from the W years before it. Right of the dashed line are the validation years.\n\n"
    "**Baseline**: *repeat last value* predicts that next year equals this year. A model that cannot beat it has "
    "learned nothing useful. RMSE punishes big misses more than MAE.\n\n"
    "**Normalisation**: x_scaled = (x − min) / (max − min) with min and max of the training years only, so nothing "
    "about the validation years leaks into training.\n\n"
    "**Heatmap**: the trained LSTM reads the whole series year by year from zero state; each cell is one unit's "
    "gate or state value in that year.":
        "**Prognozy**: czarna linia = prawdziwe roczne liczby plam słonecznych; kolorowe linie = prognoza każdego "
        "modelu dla danego roku, wyliczona z W poprzednich lat. Na prawo od przerywanej linii są lata "
        "walidacyjne.\n\n"
        "**Punkt odniesienia**: *powtórz ostatnią wartość* przewiduje, że przyszły rok będzie taki jak bieżący. "
        "Model, który go nie pokona, nie nauczył się niczego użytecznego. RMSE karze duże pomyłki mocniej "
        "niż MAE.\n\n"
        "**Normalizacja**: x_scaled = (x − min) / (max − min), gdzie min i max pochodzą tylko z lat "
        "treningowych, więc nic z lat walidacyjnych nie przecieka do treningu.\n\n"
        "**Mapa ciepła**: wytrenowany LSTM czyta cały szereg rok po roku od zerowego stanu; każda komórka to "
        "wartość bramki lub stanu jednej jednostki w danym roku.",

    # --- Encodings (pages/1_Encodings.py) -----------------------------------------------------------
    "Encodings": "Kodowania",
    "Encodings: from symbols to numbers": "Kodowania: od symboli do liczb",
    "A network only computes with numbers. Before the LSTM can read a text, each symbol — a character or a word — "
    "must become a number or a vector. This page shows three ways: an **index**, a **one-hot** vector, and a learned "
    "**embedding**, for characters and for words.":
        "Sieć liczy wyłącznie na liczbach. Zanim LSTM przeczyta tekst, każdy symbol — znak albo słowo — musi "
        "stać się liczbą lub wektorem. Ta strona pokazuje trzy sposoby: **indeks**, wektor **one-hot** "
        "(kodowanie „1 z n”) i wyuczone **zanurzenie** (embedding), dla znaków i dla słów.",
    "Pick a text and a level below. **Character level**: every character (space included) is a symbol. **Word "
    "level**: lower-cased words and punctuation marks are symbols, as in the lecture. Section 1 lists the "
    "vocabulary, 2 shows the same text as indices and as one-hot rows, 3 shows the vectors the current model has "
    "learned for its own symbols, squeezed to two dimensions so you can look at them, and 4 counts how many numbers "
    "each encoding needs.":
        "Wybierz poniżej tekst i poziom. **Poziom znaków**: każdy znak (także spacja) jest symbolem. **Poziom "
        "słów**: symbolami są słowa zapisane małymi literami i znaki interpunkcyjne, jak na wykładzie. Sekcja 1 "
        "wypisuje słownik, 2 pokazuje ten sam tekst jako indeksy i jako wiersze one-hot, 3 pokazuje wektory, "
        "których bieżący model nauczył się dla własnych symboli, ściśnięte do dwóch wymiarów, żeby można było "
        "na nie spojrzeć, a 4 liczy, ilu liczb potrzebuje każde kodowanie.",
    "Text": "Tekst",
    "The current text (sidebar)": "Bieżący tekst (z paska bocznego)",
    "The lecture's example corpus": "Przykładowy korpus z wykładu",
    "Level": "Poziom",
    "Characters": "Znaki",
    "Words": "Słowa",
    "This text cannot be encoded at this level: ": "Tego tekstu nie da się zakodować na tym poziomie: ",
    "1. The vocabulary": "1. Słownik",
    "Every distinct symbol gets a number, its **index** (symbols sorted, so the same text always gives the same "
    "indices). This vocabulary has **{V}** symbols.":
        "Każdy różny symbol dostaje numer, swój **indeks** (symbole są posortowane, więc ten sam tekst zawsze "
        "daje te same indeksy). Liczba symboli w tym słowniku: **{V}**.",
    "2. Index encoding and one-hot encoding": "2. Kodowanie indeksami i kodowanie one-hot",
    "Showing the first {n} of {T} symbols.": "Pokazuję pierwsze {n} z {T} symboli.",
    "Index encoding: each symbol becomes its index": "Kodowanie indeksami: każdy symbol zamienia się w swój indeks",
    "In the **one-hot** encoding, symbol number k becomes a vector of V numbers: all zeros except a single 1 in "
    "column k. This is what the course's LSTM reads as x.":
        "W kodowaniu **one-hot** symbol numer k staje się wektorem V liczb: samych zer z wyjątkiem jednej "
        "jedynki w kolumnie k. Właśnie to LSTM z kursu czyta jako x.",
    "One-hot matrix: one row per symbol": "Macierz one-hot: jeden wiersz na symbol",
    "3. Embeddings: the model's learned input vectors": "3. Zanurzenia: wyuczone wektory wejściowe modelu",
    "This model has a learned embedding table E of shape ({V}, {D}): row v is the vector the cell reads for symbol v.":
        "Ten model ma wyuczoną tablicę zanurzeń E o wymiarach ({V}, {D}): wiersz v to wektor, który komórka "
        "czyta dla symbolu v.",
    "This model reads one-hot vectors, so W·[h, one_hot(v)] simply picks column v of the input part of each gate's "
    "weights. Those columns, side by side, are symbol v's learned input vector: {X} numbers ({G} gates × H = {H}).":
        "Ten model czyta wektory one-hot, więc W·[h, one_hot(v)] po prostu wybiera kolumnę v z wejściowej części "
        "wag każdej bramki. Te kolumny, ustawione obok siebie, tworzą wyuczony wektor wejściowy symbolu v: "
        "ma on długość {X} ({G} × H = {H}).",
    "**Be careful with meaning.** A model trained on one sentence learns what each symbol does to the gates and what "
    "it predicts next — not what a word means. Two symbols land close together when they push the gates the same "
    "way, e.g. because they are followed by similar symbols in the training text.":
        "**Ostrożnie ze znaczeniem.** Model wytrenowany na jednym zdaniu uczy się, jak każdy symbol działa na "
        "bramki i co przewiduje dalej — a nie, co znaczy słowo. Dwa symbole lądują blisko siebie, gdy "
        "popychają bramki w ten sam sposób, np. dlatego, że w tekście treningowym występują po nich podobne "
        "symbole.",
    "These are the vectors of the model chosen in the sidebar, for its own {level}-level vocabulary — whatever text "
    "and level you picked above. PCA finds the two directions in which the vectors differ most; the percentages on "
    "the axes say how much of the differences each keeps.":
        "To wektory modelu wybranego na pasku bocznym, dla jego własnego słownika (poziom: {level}) — niezależnie "
        "od tekstu i poziomu wybranych powyżej. PCA znajduje dwa kierunki, w których wektory różnią się "
        "najbardziej; procenty na osiach mówią, jaką część tych różnic zachowuje każdy z nich.",
    "The model's input vectors, projected to 2-D (PCA)": "Wektory wejściowe modelu rzutowane na 2 wymiary (PCA)",
    "Nearest neighbours of": "Najbliżsi sąsiedzi symbolu",
    "4. How many numbers does each encoding store?": "4. Ile liczb przechowuje każde kodowanie?",
    "How many numbers each encoding stores": "Ile liczb przechowuje każde kodowanie",
    "An index is one integer but says nothing about how symbols relate; one-hot grows with the vocabulary (V = {V} "
    "here, tens of thousands for real word vocabularies); an embedding has a fixed width D = {D} chosen by us, at "
    "the price of a V × D table that must be learned.":
        "Indeks to jedna liczba całkowita, ale nie mówi nic o związkach między symbolami; one-hot rośnie razem ze "
        "słownikiem (tutaj V = {V}, dla prawdziwych słowników słów — dziesiątki tysięcy); zanurzenie ma stałą "
        "szerokość D = {D}, którą wybieramy sami, kosztem tablicy V × D, której trzeba się nauczyć.",

    # --- One step (pages/2_One_step.py) -------------------------------------------------------------
    "One step": "Jeden krok",
    "One step, with numbers": "Jeden krok, na liczbach",
    "Pick a position in the text and one unit of the cell. The diagram shows what that unit computed when the model "
    "read this character, and below every number is written out as its equation, with the model's real weights and "
    "states substituted.":
        "Wybierz pozycję w tekście i jedną jednostkę komórki. Schemat pokazuje, co ta jednostka obliczyła, gdy "
        "model czytał ten znak, a poniżej każda liczba jest rozpisana jako jej równanie, z podstawionymi "
        "prawdziwymi wagami i stanami modelu.",
    "An LSTM reads the text one character at a time. At every step it joins the previous output h_prev and the "
    "current character x into one vector z = [h_prev, x]. Three **gates** (f, i, o) are numbers between 0 and 1 "
    "computed from z with a sigmoid σ: the forget gate f says how much of the old memory C_prev to keep, the input "
    "gate i how much of the new candidate C̃ to write, the output gate o how much of the memory to show as h. Each "
    "unit (there are H of them) does this with its own row of weights. Hover over the diagram for the exact values. "
    "The equations below split W·z + b into the part that comes from h_prev, the part from x and the bias.":
        "LSTM czyta tekst po jednym znaku. W każdym kroku łączy poprzednie wyjście h_prev i bieżący znak x "
        "w jeden wektor z = [h_prev, x]. Trzy **bramki** (f, i, o) to liczby od 0 do 1 obliczane z z funkcją "
        "sigmoidalną σ: bramka zapominania f mówi, ile starej pamięci C_prev zachować, bramka wejściowa i — ile "
        "nowego kandydata C̃ zapisać, a bramka wyjściowa o — ile pamięci pokazać jako h. Każda jednostka (jest "
        "ich H) robi to z własnym wierszem wag. Najedź kursorem na schemat, aby zobaczyć dokładne wartości. "
        "Równania poniżej rozbijają W·z + b na część pochodzącą od h_prev, część od x i wyraz wolny (bias).",
    "Position t in the text": "Pozycja t w tekście",
    "Unit": "Jednostka",
    "Which of the H units of h and C to follow.": "Którą z H jednostek h i C śledzić.",
    "The real next symbol is {actual}: the model gives it probability **{p:.4f}**; its top guess is {best} with "
    "{pb:.4f}.":
        "Prawdziwy następny symbol to {actual}: model daje mu prawdopodobieństwo **{p:.4f}**; jego "
        "najlepszy typ to {best} z {pb:.4f}.",
    "This is the last symbol: there is no real next symbol. The model's top guess is {best} with probability "
    "{pb:.4f}.":
        "To ostatni symbol: nie ma prawdziwego następnego symbolu. Najlepszy typ modelu to {best} "
        "z prawdopodobieństwem {pb:.4f}.",
    "LSTM cell at step {t} (input '{ch}'), unit {u}": "Komórka LSTM w kroku {t} (wejście '{ch}'), jednostka {u}",
    "This page draws the LSTM's cell, but the chosen model's cell type is {kind}: it has no cell state C and no "
    "gates f, i, o. Its own equations for this step are written out below.":
        "Ta strona rysuje komórkę LSTM, ale wybrany model ma komórkę typu {kind}: nie ma stanu komórki C ani "
        "bramek f, i, o. Jego własne równania dla tego kroku są rozpisane poniżej.",
    "Explain this number": "Wyjaśnij tę liczbę",
    "Each value of unit {u} at step {t}, recomputed from the weights and checked against the recorded run (numbers "
    "rounded to 4 decimals).":
        "Każda wartość jednostki {u} w kroku {t}, przeliczona od nowa z wag i porównana z zapisanym przebiegiem "
        "(liczby zaokrąglone do 4 miejsc po przecinku).",
    "{mark} {name} = {v:.6f}; the recorded run has {tv:.6f} (difference {d:.1e})":
        "{mark} {name} = {v:.6f}; zapisany przebieg ma {tv:.6f} (różnica {d:.1e})",

    # --- Gates (pages/3_Gates.py) -------------------------------------------------------------------
    "Gates": "Bramki",
    "Forget gate f": "Bramka zapominania f",
    "Input gate i": "Bramka wejściowa i",
    "Output gate o": "Bramka wyjściowa o",
    "Update gate u (GRU)": "Bramka aktualizacji u (GRU)",
    "Reset gate r (GRU)": "Bramka resetu r (GRU)",
    "Hidden state h": "Stan ukryty h",
    "The LSTM's three gates at every character of the text: the forget gate f (keep the old memory), the input gate "
    "i (write the new candidate) and the output gate o (show the memory as h). Each is a number between 0 (closed) "
    "and 1 (open), one per unit.":
        "Trzy bramki LSTM przy każdym znaku tekstu: bramka zapominania f (zachowaj starą pamięć), bramka "
        "wejściowa i (zapisz nowego kandydata) i bramka wyjściowa o (pokaż pamięć jako h). Każda z nich to "
        "liczba od 0 (zamknięta) do 1 (otwarta), po jednej na jednostkę.",
    "Each heatmap has one row per unit and one column per character; the colour is the gate's value after the model "
    "read that character (white = 0, closed; dark blue = 1, open). All three use the same colour scale, so they can "
    "be compared. Below, pick one unit and one gate to see the text coloured by it. The last plot puts every gate of "
    "every unit at one point: how often it is almost closed (< 0.1, x) against how often it is almost open (> 0.9, "
    "y). Points near the diagonal are gates that act like switches; points near (0, 0) are gates that stay in "
    "between. Karpathy, Johnson and Fei-Fei (2015) drew this plot for LSTMs trained on real text.":
        "Każda mapa ciepła ma jeden wiersz na jednostkę i jedną kolumnę na znak; kolor to wartość bramki po "
        "przeczytaniu tego znaku przez model (biały = 0, zamknięta; ciemnoniebieski = 1, otwarta). Wszystkie "
        "trzy mają tę samą skalę kolorów, więc można je porównywać. Poniżej wybierz jedną jednostkę i jedną "
        "bramkę, aby zobaczyć tekst pokolorowany według niej. Ostatni wykres przedstawia każdą bramkę każdej "
        "jednostki jako jeden punkt: jak często jest prawie zamknięta (< 0,1, oś x) w porównaniu z tym, jak "
        "często jest prawie otwarta (> 0,9, oś y). Punkty blisko przekątnej to bramki działające jak "
        "przełączniki; punkty blisko (0, 0) to bramki, które zostają gdzieś pośrodku. Karpathy, Johnson "
        "i Fei-Fei (2015) narysowali taki wykres dla sieci LSTM wytrenowanych na prawdziwym tekście.",
    "This page is about the LSTM's gates f, i and o. The chosen model is a GRU: its gates are the update gate u and "
    "the reset gate r, shown below instead.":
        "Ta strona dotyczy bramek f, i oraz o sieci LSTM. Wybrany model to GRU: jego bramki to bramka "
        "aktualizacji u i bramka resetu r — pokazane poniżej zamiast nich.",
    "This page is about the LSTM's gates f, i and o. The chosen model is a vanilla RNN: it has no gates at all, only "
    "the hidden state h = tanh(W_h·[h_prev, x] + b_h), shown below.":
        "Ta strona dotyczy bramek f, i oraz o sieci LSTM. Wybrany model to zwykła sieć RNN: nie ma żadnych "
        "bramek, tylko stan ukryty h = tanh(W_h·[h_prev, x] + b_h), pokazany poniżej.",
    "The text coloured by one gate of one unit": "Tekst pokolorowany według jednej bramki jednej jednostki",
    "Gate": "Bramka",
    "The text coloured by {gate} of unit {u}": "Tekst pokolorowany według: {gate}, jednostka {u}",
    "How often is each gate saturated?": "Jak często każda bramka jest nasycona?",
    "Gate saturation: fraction of steps below 0.1 vs above 0.9":
        "Nasycenie bramek: odsetek kroków poniżej 0,1 i powyżej 0,9",

    # --- Cell state (pages/4_Cell_state.py) ---------------------------------------------------------
    "Cell state": "Stan komórki",
    "Cell state C": "Stan komórki C",
    "tanh(C): the memory squashed into (-1, 1)": "tanh(C): pamięć ściśnięta do przedziału (-1, 1)",
    "Hidden state h = o·tanh(C)": "Stan ukryty h = o·tanh(C)",
    "The cell state C is the LSTM's memory: at every character each unit keeps, forgets or overwrites its value. "
    "tanh(C) squashes it into (-1, 1), and the output gate lets part of it out as h.":
        "Stan komórki C to pamięć LSTM: przy każdym znaku każda jednostka zachowuje, zapomina albo nadpisuje "
        "swoją wartość. tanh(C) ściska ją do przedziału (-1, 1), a bramka wyjściowa wypuszcza jej część "
        "jako h.",
    "Each heatmap has one row per unit and one column per character; red is positive, blue negative, white zero. "
    "Look for rows that change colour at meaningful places (a space, a quote, a new line): such a unit keeps track "
    "of something in the text. Below, follow a few units as lines, then select a range of characters and a "
    "threshold: the page lists the units that stay above the threshold over the whole range and shows where else in "
    "the text all of them are on together (the idea of LSTMVis, Strobelt et al. 2017).":
        "Każda mapa ciepła ma jeden wiersz na jednostkę i jedną kolumnę na znak; czerwony to wartości dodatnie, "
        "niebieski ujemne, biały zero. Szukaj wierszy, które zmieniają kolor w znaczących miejscach (przy "
        "spacji, cudzysłowie, nowym wierszu): taka jednostka śledzi coś w tekście. Poniżej prześledź kilka "
        "jednostek jako linie, a potem wybierz zakres znaków i próg: strona wypisze jednostki, które przez cały "
        "zakres pozostają powyżej progu, i pokaże, gdzie jeszcze w tekście wszystkie są aktywne naraz (pomysł "
        "z LSTMVis, Strobelt i in. 2017).",
    "This page is about the LSTM's cell state C. The chosen model's cell type is {kind}: it has no cell state, so "
    "only its hidden state h is shown.":
        "Ta strona dotyczy stanu komórki C sieci LSTM. Wybrany model ma komórkę typu {kind}: nie ma stanu "
        "komórki, więc pokazany jest tylko jego stan ukryty h.",
    "Follow chosen units": "Śledź wybrane jednostki",
    "Units": "Jednostki",
    "{q} of the chosen units over the text": "{q} wybranych jednostek w całym tekście",
    "Choose at least one unit to draw.": "Wybierz co najmniej jedną jednostkę do narysowania.",
    "Which units are on over a range, and where else?": "Które jednostki są aktywne w zakresie i gdzie jeszcze?",
    "Uses the quantity chosen above ({q}). A unit is *on* where its value is above the threshold.":
        "Używa wielkości wybranej powyżej ({q}). Jednostka jest *aktywna* tam, gdzie jej wartość przekracza próg.",
    "Threshold": "Próg",
    "Character range": "Zakres znaków",
    "No unit stays above {thr:.2f} over the whole range: lower the threshold or choose a shorter range.":
        "Żadna jednostka nie pozostaje powyżej {thr:.2f} w całym zakresie: obniż próg albo wybierz krótszy zakres.",
    "smallest in range": "najmniejsza w zakresie",
    "mean in range": "średnia w zakresie",
    "fraction of the text on": "odsetek tekstu, w którym jest aktywna",
    "Where units {units} are all on (blue, bold: your range; orange, underlined: elsewhere)":
        "Gdzie jednostki {units} są wszystkie aktywne (niebieski, pogrubiony: twój zakres; pomarańczowy, "
        "podkreślony: gdzie indziej)",
    "from step": "od kroku",
    "to step": "do kroku",
    "text": "tekst",

    # --- Training (pages/5_Training.py) -------------------------------------------------------------
    "Training": "Trening",
    "Train an LSTM until the loss is below 0.1": "Trenuj LSTM, aż strata spadnie poniżej 0,1",
    "Pick a text and the settings, press **Train**, and watch the loss fall. The model reads the text, predicts "
    "every next symbol, and after each pass of backpropagation through time the optimizer nudges the weights. "
    "**Step** trains a fixed number of iterations; **Reset** goes back to the same starting weights (same seed), so "
    "a run can be replayed exactly. This page's text is its own: the sidebar's text only chooses what the other "
    "pages show.":
        "Wybierz tekst i ustawienia, naciśnij **Trenuj** i patrz, jak spada strata. Model czyta tekst, "
        "przewiduje każdy następny symbol, a po każdym przebiegu propagacji wstecznej w czasie optymalizator "
        "lekko poprawia wagi. **Krok** trenuje zadaną liczbę iteracji; **Reset** wraca do tych samych wag "
        "początkowych (to samo ziarno), więc przebieg można dokładnie powtórzyć. Ta strona ma własny tekst: "
        "tekst z paska bocznego wybiera tylko to, co pokazują pozostałe strony.",
    "- **Loss** is the cross-entropy of the model's predictions, summed over a window of 25 symbols: how surprised "
    "the model is by the true next symbols. 0 would mean certain and always right.\n"
    "- **Smooth loss** is the course's running average: `0.999·smooth + 0.001·loss`.\n"
    "- **Exact loss** runs the whole text once from a zero state and reports the mean loss per symbol × 25, so it "
    "is comparable with the others.\n"
    "- The dashed red line is the target 0.1. The y axis is logarithmic: equal steps are equal ratios.\n"
    "- **Recitation**: the model gets the first symbol only and must produce the rest, always taking its most "
    "likely next symbol. Green symbols are right, red ones wrong.":
        "- **Strata** to entropia krzyżowa predykcji modelu zsumowana po oknie 25 symboli: jak bardzo model jest "
        "zaskoczony prawdziwymi następnymi symbolami. 0 oznaczałoby pewność i zawsze trafną odpowiedź.\n"
        "- **Wygładzona strata** to średnia krocząca z kursu: `0.999·smooth + 0.001·loss`.\n"
        "- **Dokładna strata** przepuszcza cały tekst raz od zerowego stanu i podaje średnią stratę na symbol "
        "× 25, więc da się ją porównać z pozostałymi.\n"
        "- Przerywana czerwona linia to cel 0,1. Oś y jest logarytmiczna: równe odstępy to równe ilorazy.\n"
        "- **Recytacja**: model dostaje tylko pierwszy symbol i musi wytworzyć resztę, zawsze wybierając "
        "najbardziej prawdopodobny następny symbol. Zielone symbole są poprawne, czerwone błędne.",
    "Training text": "Tekst treningowy",
    "…or upload a .txt file (UTF-8)": "…albo wczytaj plik .txt (UTF-8)",
    "Settings": "Ustawienia",
    "Preset": "Zestaw ustawień",
    "fast — reaches the exact criterion in under a second": "szybki — spełnia dokładne kryterium w niecałą sekundę",
    "course — the assignment's loop (H = 20, AdaGrad)": "kursowy — pętla z zadania (H = 20, AdaGrad)",
    "Window (sequence length)": "Okno (długość sekwencji)",
    "Learning rate": "Współczynnik uczenia",
    "Optimizer": "Optymalizator",
    "Clip each gradient to ±(0 = off)": "Przytnij każdy gradient do ± (0 = wyłączone)",
    "Maximum iterations": "Maksymalna liczba iteracji",
    "Stop when": "Zatrzymaj, gdy",
    "**exact**: the whole text, run once from a zero state, has loss < 0.1 per 25 symbols and the model recites it "
    "without a mistake. **seed-ema**: the course's running average of the per-window loss drops below 0.1 (weaker: "
    "it can be reached before the text is learnt).":
        "**exact** (dokładne): cały tekst, przepuszczony raz od zerowego stanu, ma stratę < 0,1 na 25 symboli, "
        "a model recytuje go bez błędu. **seed-ema**: średnia krocząca straty na okno z kursu spada poniżej "
        "0,1 (kryterium słabsze: można je spełnić, zanim model nauczy się tekstu).",
    "These settings cannot be used: ": "Tych ustawień nie da się użyć: ",
    "Train": "Trenuj",
    "Stop": "Zatrzymaj",
    "Step": "Krok",
    "Iterations per step": "Liczba iteracji na krok",
    "Reset": "Reset",
    "No run yet: press Train (or Step).": "Jeszcze nic nie trenowano: naciśnij Trenuj (albo Krok).",
    "Iteration {it:,} · {crit} loss {loss:.4f} (target {target:g}) · {sec:.1f} s":
        "Iteracja {it:,} · strata {crit} {loss:.4f} (cel {target:g}) · {sec:.1f} s",
    "Estimate: about {n:,} iterations / {s:.1f} seconds left to the target (from the recent slope of the loss "
    "curve).":
        "Szacunek: do celu zostało około {n:,} iteracji / {s:.1f} s (z ostatniego nachylenia krzywej straty).",
    "Training loss (per 25-symbol window)": "Strata treningowa (na okno 25 symboli)",
    "Sample at iteration {it:,} (temperature 1):": "Próbka w iteracji {it:,} (temperatura 1):",
    "Live training": "Trening na żywo",
    "{it:,} iterations, {sec:.2f} s, criterion {crit}, whole-text loss {loss:.4f} per 25 symbols":
        "iteracje: {it:,}, czas: {sec:.2f} s, kryterium: {crit}, strata na całym tekście: {loss:.4f} na 25 symboli",
    "Finished: the target was reached. ": "Gotowe: cel został osiągnięty. ",
    "Stopped by you after ": "Zatrzymano na twoje polecenie; ",
    ". The parameters trained so far are kept.": ". Dotychczas wytrenowane parametry zostają zachowane.",
    "Stopped at the maximum number of iterations without reaching the target: ":
        "Zatrzymano po maksymalnej liczbie iteracji, bez osiągnięcia celu: ",
    "Training stopped: ": "Trening zatrzymany: ",
    ". The last finite parameters are kept.": ". Zachowano ostatnie skończone wartości parametrów.",
    "Paused after ": "Wstrzymano; ",
    ". Press Train to go on or Step for more.": ". Naciśnij Trenuj, aby kontynuować, albo Krok, aby trenować dalej.",
    "Recitation": "Recytacja",
    "Correct: **{n} / {total}** symbols": "Poprawnie: **{n} / {total}** symboli",
    " — exact": " — bezbłędnie",
    "Greedy recitation": "Zachłanna recytacja",
    "Download the checkpoint (.npz)": "Pobierz zapisany model (.npz)",
    "Use this model on the other pages": "Użyj tego modelu na pozostałych stronach",
    "This model is selected in the sidebar as “Trained in this session”.":
        "Ten model jest wybrany na pasku bocznym jako „Wytrenowany w tej sesji”.",

    # --- Generate (pages/6_Generate.py) -------------------------------------------------------------
    "Generate": "Generowanie",
    "The model reads the **prime** text, then repeatedly picks a next symbol from its predicted probabilities and "
    "reads that symbol back in. **Temperature** reshapes the probabilities before picking: 0 always takes the most "
    "likely symbol (greedy), 1 samples them as they are, higher values make unlikely symbols more likely. The same "
    "seed always gives the same text.":
        "Model czyta **tekst początkowy**, a potem wielokrotnie wybiera następny symbol według przewidzianych "
        "prawdopodobieństw i wczytuje ten symbol z powrotem. **Temperatura** zmienia kształt rozkładu przed "
        "wyborem: 0 zawsze bierze najbardziej prawdopodobny symbol (wybór zachłanny), 1 losuje według "
        "prawdopodobieństw takich, jakie są, a wyższe wartości czynią mało prawdopodobne symbole bardziej "
        "prawdopodobnymi. To samo ziarno zawsze daje ten sam tekst.",
    "- The grey box is the generated text, exactly as produced (after the prime).\n"
    "- The bar chart shows, for one step of the generation, the model's probabilities y = softmax(W_y·h + b_y) for "
    "the most likely next symbols; the orange bar is the symbol that was actually picked. With temperature above 0 "
    "the pick is random, so it is not always the tallest bar.\n"
    "- **Top-k** keeps only the k most likely symbols when sampling (0 = all of them).\n"
    "- The recitation gives the model only the first symbol of its training text and lets it continue greedily: a "
    "model that has learnt the text recites it without a red cell.":
        "- Szara ramka to wygenerowany tekst, dokładnie taki, jaki powstał (po tekście początkowym).\n"
        "- Wykres słupkowy pokazuje, dla jednego kroku generowania, prawdopodobieństwa modelu "
        "y = softmax(W_y·h + b_y) dla najbardziej prawdopodobnych następnych symboli; pomarańczowy słupek to "
        "symbol, który faktycznie wybrano. Przy temperaturze powyżej 0 wybór jest losowy, więc nie zawsze jest "
        "to najwyższy słupek.\n"
        "- **Top-k** przy losowaniu zostawia tylko k najbardziej prawdopodobnych symboli (0 = wszystkie).\n"
        "- Recytacja daje modelowi tylko pierwszy symbol tekstu treningowego i pozwala mu pisać dalej "
        "zachłannie: model, który nauczył się tekstu, recytuje go bez ani jednej czerwonej komórki.",
    "Prime text (the model reads this first)": "Tekst początkowy (model czyta go najpierw)",
    "Symbols to generate": "Liczba symboli do wygenerowania",
    "Temperature (0 = greedy)": "Temperatura (0 = wybór zachłanny)",
    "Top-k (0 = all symbols)": "Top-k (0 = wszystkie symbole)",
    "Type at least one symbol for the model to start from.": "Wpisz co najmniej jeden symbol, od którego model zacznie.",
    "The prime cannot be used with this model: ": "Tego tekstu początkowego nie da się użyć z tym modelem: ",
    "Generated text": "Wygenerowany tekst",
    "After the prime {prime} ({n} symbols generated, temperature {t:g}, seed {s}):":
        "Po tekście początkowym {prime} (wygenerowane symbole: {n}, temperatura {t:g}, ziarno {s}):",
    "Step by step: what could have come next": "Krok po kroku: co mogło pojawić się dalej",
    "Nothing was generated (0 symbols): raise the number of symbols to generate.":
        "Nic nie wygenerowano (0 symboli): zwiększ liczbę symboli do wygenerowania.",
    "Step of the generation": "Krok generowania",
    "Next-symbol probabilities": "Prawdopodobieństwa następnego symbolu",
    "Recitation check": "Sprawdzenie recytacji",
    "This model's checkpoint does not include its training text, so there is nothing to recite.":
        "Zapis tego modelu nie zawiera jego tekstu treningowego, więc nie ma czego recytować.",
    "Checking the first {n} characters of the training text.": "Sprawdzam pierwsze {n} znaków tekstu treningowego.",
    "The training text cannot be recited by this model: ": "Ten model nie może wyrecytować tekstu treningowego: ",

    # --- Gradients through time (pages/7_Gradients_through_time.py) --------------------------------
    "Gradients through time": "Gradienty w czasie",
    "Training changes a weight by how much the loss depends on it. For the loss at the last step T, that dependence "
    "must travel back through every step in between — and at each step it is multiplied by a factor. Below one, the "
    "product shrinks exponentially: the **vanishing gradient**. The LSTM's cell state C has a shortcut: backwards "
    "through C, each step only multiplies by the forget gate f.":
        "Trening zmienia wagę zależnie od tego, jak bardzo strata od niej zależy. Dla straty w ostatnim kroku T "
        "ta zależność musi przejść wstecz przez każdy krok pośredni — a w każdym kroku jest mnożona przez pewien "
        "czynnik. Gdy czynniki są mniejsze od jedności, iloczyn maleje wykładniczo: to **zanikający gradient**. "
        "Stan komórki C w LSTM ma skrót: wstecz przez C każdy krok mnoży tylko przez bramkę zapominania f.",
    "Each line shows how strongly the loss at the last step, L_T = −ln y_T[target], reacts to the hidden state h_t "
    "(solid) or the LSTM's cell state C_t (dashed) of an earlier step t, as a function of how many steps back that "
    "is (T − t). The y axis is logarithmic: a straight falling line means the gradient shrinks by the same factor "
    "every step. Freshly initialised models all forget fast; a forget-gate bias of 1 (f ≈ 0.73 instead of 0.5) "
    "already lets the LSTM's C carry gradient much further, and a trained LSTM can learn to keep f close to 1 where "
    "it matters.":
        "Każda linia pokazuje, jak mocno strata w ostatnim kroku, L_T = −ln y_T[target], reaguje na stan ukryty "
        "h_t (linia ciągła) albo stan komórki C_t sieci LSTM (linia przerywana) z wcześniejszego kroku t, "
        "w zależności od tego, ile kroków wstecz to jest (T − t). Oś y jest logarytmiczna: prosta opadająca "
        "linia oznacza, że gradient maleje o ten sam czynnik w każdym kroku. Świeżo zainicjowane modele "
        "szybko zapominają; bias bramki zapominania równy 1 (f ≈ 0,73 zamiast 0,5) już pozwala, by C w LSTM "
        "niosło gradient znacznie dalej, a wytrenowany LSTM może nauczyć się trzymać f blisko 1 tam, gdzie to "
        "ważne.",
    "Hidden size H": "Rozmiar stanu ukrytego H",
    "Initial weight std": "Odchylenie standardowe wag początkowych",
    "LSTM forget-gate bias b_f": "Bias bramki zapominania LSTM b_f",
    "Using the first {n} characters of the text.": "Używam pierwszych {n} znaków tekstu.",
    "These gradients cannot be computed for this text: ": "Tych gradientów nie da się policzyć dla tego tekstu: ",
    "{kind} (fresh)": "{kind} (świeżo zainicjowany)",
    "LSTM (selected model)": "LSTM (wybrany model)",
    "How far back does the loss reach? ‖∂L_T/∂h_t‖ against T − t":
        "Jak daleko wstecz sięga strata? ‖∂L_T/∂h_t‖ względem T − t",
    "Train all three with the same budget": "Wytrenuj wszystkie trzy przy tym samym budżecie",
    "Same text, same H, seed and initial weights, the same number of iterations each with the course preset. Which "
    "one learns the text fastest?":
        "Ten sam tekst, to samo H, ziarno i wagi początkowe, ta sama liczba iteracji dla każdego, z ustawieniami "
        "z kursu. Który najszybciej nauczy się tekstu?",
    "Iterations per model": "Liczba iteracji na model",
    "Train RNN, LSTM and GRU": "Wytrenuj RNN, LSTM i GRU",
    "Training three models ({n} iterations each)…": "Trenuję trzy modele (każdy przez {n} iteracji)…",
    "Training is not possible on this text: ": "Trening na tym tekście nie jest możliwy: ",
    "Trained on the first {n} characters, H = {H}, seed {seed}, init std {std}, {iters} iterations each (course "
    "preset: AdaGrad, lr 0.1, 25-symbol windows).":
        "Trenowano na pierwszych {n} znakach, H = {H}, ziarno {seed}, odch. std. wag początkowych {std}, "
        "po {iters} iteracji na model (ustawienia z kursu: AdaGrad, współczynnik uczenia 0,1, okna 25 symboli).",
    "Same text, same budget: loss while training": "Ten sam tekst, ten sam budżet: strata w trakcie treningu",
    "{kind} after training": "{kind} po treningu",
    "After training: ‖∂L_T/∂h_t‖ against T − t": "Po treningu: ‖∂L_T/∂h_t‖ względem T − t",
    "Press the button to train (a few seconds).": "Naciśnij przycisk, aby trenować (kilka sekund).",
    "RNN": "RNN",
    "GRU": "GRU",

    # --- Find the neuron (pages/8_Find_the_neuron.py) -----------------------------------------------
    "Find the neuron": "Znajdź neuron",
    "inside quotes": "wewnątrz cudzysłowu",
    "inside brackets": "wewnątrz nawiasów",
    "bracket nesting depth": "głębokość zagnieżdżenia nawiasów",
    "position within the word": "pozycja w słowie",
    "vowel (1) vs consonant (0), letters only": "samogłoska (1) czy spółgłoska (0), tylko litery",
    "next character is a space": "następny znak to spacja",
    "position in the line": "pozycja w wierszu",
    "matches a regular expression": "pasuje do wyrażenia regularnego",
    "the property is constant over this text": "cecha jest stała w całym tym tekście",
    "the unit is constant over this text": "jednostka jest stała w całym tym tekście",
    "fewer than 2 steps where the property applies": "mniej niż 2 kroki, w których cecha występuje",
    "Some units of a trained LSTM learn to track one thing about the text — whether we are inside quotes, how deep in "
    "brackets, how far into a line. Choose a property: every unit of h and C is ranked by how closely its value "
    "follows the property over the text (Pearson correlation r, from −1 to 1).":
        "Niektóre jednostki wytrenowanej sieci LSTM uczą się śledzić jedną cechę tekstu — czy jesteśmy "
        "wewnątrz cudzysłowu, jak głęboko w nawiasach, jak daleko w wierszu. Wybierz cechę: każda jednostka "
        "h i C zostanie oceniona według tego, jak blisko jej wartość podąża za tą cechą w całym tekście "
        "(korelacja Pearsona r, od −1 do 1).",
    "These properties describe characters: choose a character-level model in the sidebar.":
        "Te cechy opisują znaki: wybierz na pasku bocznym model działający na poziomie znaków.",
    "Property of the text": "Cecha tekstu",
    "Regular expression (Python syntax): the characters inside its matches count as 1":
        "Wyrażenie regularne (składnia Pythona): znaki wewnątrz jego dopasowań liczą się jako 1",
    "Top units to draw": "Liczba najlepszych jednostek do narysowania",
    "This regular expression cannot be used: ": "Tego wyrażenia regularnego nie da się użyć: ",
    "matches {p}": "pasuje do {p}",
    "No correlation can be computed for '{p}' here: {why}.": "Nie da się tu policzyć korelacji dla cechy '{p}': {why}.",
    "{n} units never change over this text: their r is undefined and they are listed last.":
        "Liczba jednostek, które nie zmieniają się w tym tekście: {n}; ich r jest nieokreślone, więc są na "
        "końcu listy.",
    "Units ranked by |r| with '{p}'": "Jednostki uszeregowane według |r| z cechą '{p}'",
    "Top units over the text, with '{p}' shaded": "Najlepsze jednostki w całym tekście, z zacieniowaną cechą '{p}'",
    "Colour the text by unit": "Pokoloruj tekst według jednostki",
    "The text coloured by unit {u}": "Tekst pokolorowany według jednostki {u}",

    # --- Training time-lapse (pages/9_Time-lapse.py) ------------------------------------------------
    "Training time-lapse": "Trening poklatkowo",
    "forget gate f": "bramka zapominania f",
    "input gate i": "bramka wejściowa i",
    "output gate o": "bramka wyjściowa o",
    "cell state C": "stan komórki C",
    "hidden state h": "stan ukryty h",
    "update gate u": "bramka aktualizacji u",
    "reset gate r": "bramka resetu r",
    "While a model trains, up to 20 copies of its parameters are kept, spread over the run. Slide through them to "
    "watch the gates organise as the loss falls: at the start every gate sits near 0.5 and the sample is noise; by "
    "the end the gates open and close at particular characters and the model recites its text.":
        "W trakcie treningu zachowywanych jest do 20 kopii parametrów modelu, rozłożonych na cały przebieg. "
        "Przesuwaj suwak, aby zobaczyć, jak bramki porządkują się w miarę spadku straty: na początku każda "
        "bramka jest blisko 0,5, a próbka to szum; pod koniec bramki otwierają się i zamykają przy konkretnych "
        "znakach, a model recytuje swój tekst.",
    "Each snapshot is the complete set of weights at one iteration of training. For the chosen snapshot the page "
    "runs that model over the training text and draws the forget, input and output gates and the cell state C "
    "(units × characters), the greedy sample (always the most likely next character, starting from the text's "
    "first character), and a diamond on the loss curve where the snapshot was taken.":
        "Każda migawka to pełny zestaw wag w jednej iteracji treningu. Dla wybranej migawki strona przepuszcza "
        "ten model przez tekst treningowy i rysuje bramkę zapominania, wejściową i wyjściową oraz stan "
        "komórki C (jednostki × znaki), próbkę zachłanną (zawsze najbardziej prawdopodobny następny znak, "
        "zaczynając od pierwszego znaku tekstu) i romb na krzywej straty w miejscu, gdzie zrobiono migawkę.",
    "No training run in this session yet (the Training page keeps one): train a small one here.":
        "W tej sesji nie było jeszcze treningu (strona Trening go przechowuje): wytrenuj tu mały model.",
    "fast (Adam, whole-text BPTT, H = 64)": "szybki (Adam, BPTT przez cały tekst, H = 64)",
    "course (AdaGrad, 25-symbol windows, H = 20)": "kursowy (AdaGrad, okna 25 symboli, H = 20)",
    "Iterations at most": "Maksymalna liczba iteracji",
    "Cannot train on this text: ": "Nie da się trenować na tym tekście: ",
    "Training…": "Trenuję…",
    "Iteration {n}, smooth loss {loss:.3f}": "Iteracja {n}, wygładzona strata {loss:.3f}",
    "Stopped after {s} s of training: the snapshots cover the run so far.":
        "Zatrzymano po {s} s treningu: migawki obejmują dotychczasowy przebieg.",
    "Showing the run from the Training page.": "Pokazuję przebieg ze strony Trening.",
    "Snapshot (iteration)": "Migawka (iteracja)",
    "{k} of {n}: iteration {it}": "{k} z {n}: iteracja {it}",
    "Snapshot at iteration {it} of a {preset} run · smooth loss {loss:.3f}":
        "Migawka z iteracji {it} przebiegu z ustawieniami {preset} · wygładzona strata {loss:.3f}",
    "Smooth loss at this snapshot (per 25 symbols)": "Wygładzona strata w tej migawce (na 25 symboli)",
    "Greedy sample at this snapshot": "Próbka zachłanna w tej migawce",
    "Training loss, with the snapshot marked": "Strata treningowa z zaznaczoną migawką",
    "{name} at iteration {it}": "{name} w iteracji {it}",

    # --- figure words from charts/ (translated by ui.i18n.translate_figure) ------------------------
    "score": "wynik",
    "input x_s (step s, the character read there)": "wejście x_s (krok s, znak przeczytany w tym kroku)",
    "characters (the last one, step {t}, is where the quantity is read)":
        "znaki (ostatni, w kroku {t}, to miejsce odczytu wielkości)",
    "steps": "kroki",
    "LSTM cell at step {step} (input '{symbol_label(char)}'), unit {unit}":
        "Komórka LSTM w kroku {step} (wejście '{symbol_label(char)}'), jednostka {unit}",
    "Index encoding: each symbol is replaced by its index": "Kodowanie indeksami: każdy symbol zastępuje jego indeks",
    "One-hot encoding: one row per symbol of the text": "Kodowanie one-hot: jeden wiersz na symbol tekstu",
    "Learned input vectors, projected to 2-D (PCA)": "Wyuczone wektory wejściowe rzutowane na 2 wymiary (PCA)",
    "symbol in the text (position t)": "symbol w tekście (pozycja t)",
    "index in the vocabulary": "indeks w słowniku",
    "vocabulary column (symbol)": "kolumna słownika (symbol)",
    "position in the text (symbol)": "pozycja w tekście (symbol)",
    "PC1 ({explained[0]} of the variance)": "PC1 ({explained[0]} wariancji)",
    "PC2 ({explained[1]} of the variance)": "PC2 ({explained[1]} wariancji)",
    "encoding": "kodowanie",
    "numbers stored (log scale)": "liczba przechowywanych wartości (skala logarytmiczna)",
    "Gate saturation: fraction of steps left- vs right-saturated":
        "Nasycenie bramek: odsetek kroków z nasyceniem z lewej i z prawej",
    "fraction of steps with gate < {low} (left-saturated)": "odsetek kroków z bramką < {low} (nasycenie z lewej)",
    "fraction of steps with gate > {high} (right-saturated)": "odsetek kroków z bramką > {high} (nasycenie z prawej)",
    "gate {gate}": "bramka {gate}",
    "{title} at step {step} (after {shown})": "{title} w kroku {step} (po {shown})",
    "next symbol (orange, hatched: chosen)": "następny symbol (pomarańczowy, zakreskowany: wybrany)",
    "probability": "prawdopodobieństwo",
    "distance T − t (steps back from the loss)": "odległość T − t (liczba kroków wstecz od straty)",
    "gradient norm (log scale)": "norma gradientu (skala logarytmiczna)",
    "iteration (parameter updates)": "iteracja (aktualizacje parametrów)",
    "loss per 25-symbol window (nats)": "strata na okno 25 symboli (w natach)",
    "character (step t)": "znak (krok t)",
    "unit": "jednostka",
    "position in the row": "pozycja w wierszu",
    "row of text": "wiersz tekstu",
    "Units ranked by |r| with '{safe(label)}'": "Jednostki uszeregowane według |r| z cechą '{safe(label)}'",
    "Top units over the text, with '{safe(label)}' shaded":
        "Najlepsze jednostki w całym tekście, z zacieniowaną cechą '{safe(label)}'",
    "The text coloured by unit {name}": "Tekst pokolorowany według jednostki {name}",
    "Pearson correlation r": "korelacja Pearsona r",
    "character (step)": "znak (krok)",
    "activation": "aktywacja",
    "{width} symbols per row": "symboli w wierszu: {width}",
    "row": "wiersz",
    "No unit has a defined correlation with this property here.":
        "Żadna jednostka nie ma tu określonej korelacji z tą cechą.",
    "The text is empty.": "Tekst jest pusty.",
    "property": "cecha",
    "Next-symbol probabilities y = softmax(W_y·h + b_y)": "Prawdopodobieństwa następnego symbolu y = softmax(W_y·h + b_y)",
    "next symbol": "następny symbol",
    "Training loss per 25-symbol window": "Strata treningowa na okno 25 symboli",
    "{NAMES.get(name, name)} over the text": "{NAMES.get(name, name)} w całym tekście",
    "target {target}": "cel {target}",
    "iteration": "iteracja",
    "loss per 25 symbols (log scale)": "strata na 25 symboli (skala logarytmiczna)",
    "No training history is stored with this model.": "Ten model nie ma zapisanej historii treningu.",
    "snapshot": "migawka",
    "loss (this iteration)": "strata (ta iteracja)",
    "smooth loss (0.999 EMA)": "wygładzona strata (EMA 0,999)",
    "exact whole-text loss": "dokładna strata na całym tekście",
    "Training loss": "Strata treningowa",
    "loss": "strata",
    "Predictions against the truth": "Prognozy a prawdziwe wartości",
    "Validation error (lower is better)": "Błąd walidacyjny (mniej = lepiej)",
    "Melody: pitch over time": "Melodia: wysokość dźwięku w czasie",
    "time step": "krok czasowy",
    "model": "model",
    "beat (quarter notes)": "uderzenie (ćwierćnuty)",
    "pitch (MIDI number, 60 = C4)": "wysokość dźwięku (numer MIDI, 60 = C4)",
    "truth": "prawdziwe wartości",
    "validation →": "walidacja →",
    "{title} · criterion: {criterion}": "{title} · kryterium: {criterion}",
    "{safe(title)}: {n_ok}/{len(expected)} correct (blue right, orange struck through wrong, grey given)":
        "{safe(title)}: {n_ok}/{len(expected)} poprawnie (niebieski dobrze, pomarańczowy przekreślony źle, "
        "szary podany)",
    "position in row": "pozycja w wierszu",
    "unit {u}": "jednostka {u}",

    # --- Word level (pages/13_Word_level.py) --------------------------------------------------------
    "Word level": "Poziom słów",
    "Word-level language model": "Model języka na poziomie słów",
    "Instead of characters, the model reads **words** (and punctuation marks): each word is looked up in a learned "
    "**embedding** table E (one row of D numbers per word) and the LSTM predicts the next word. As in the lecture, "
    "it learns on windows of 20–100 words, carrying its state from one window to the next.":
        "Zamiast znaków model czyta **słowa** (i znaki interpunkcyjne): każde słowo jest wyszukiwane w wyuczonej "
        "tablicy **zanurzeń** E (jeden wiersz D liczb na słowo), a LSTM przewiduje następne słowo. Jak na "
        "wykładzie, uczy się na oknach po 20–100 słów, przenosząc swój stan z jednego okna do następnego.",
    "**What to expect.** A word model needs far more text than a character model: every distinct word is a separate "
    "symbol it must learn from its few occurrences. On a text of a few hundred or thousand words it mostly memorises "
    "phrases of the text and recombines them; the output looks locally plausible but has no meaning, and words it "
    "saw once or twice are used almost at random. Real word-level models train on millions of words.":
        "**Czego się spodziewać.** Model słów potrzebuje znacznie więcej tekstu niż model znaków: każde różne "
        "słowo to osobny symbol, którego musi się nauczyć z kilku wystąpień. Na tekście o kilkuset lub kilku "
        "tysiącach słów głównie zapamiętuje frazy z tekstu i składa je na nowo; wynik wygląda lokalnie "
        "wiarygodnie, ale nie ma sensu, a słowa widziane raz czy dwa razy są używane niemal losowo. Prawdziwe "
        "modele na poziomie słów trenuje się na milionach słów.",
    "Upload a .txt file (replaces the text below)": "Wczytaj plik .txt (zastąpi tekst poniżej)",
    "The file is not UTF-8 text; save it as UTF-8.": "Plik nie jest tekstem UTF-8; zapisz go w UTF-8.",
    "{n:,} words and punctuation marks, {V:,} distinct (V).":
        "Słowa i znaki interpunkcyjne: {n:,}, w tym różnych: {V:,} (V).",
    "Window (words)": "Okno (w słowach)",
    "Embedding size D": "Rozmiar zanurzenia D",
    "Updates (at most)": "Liczba aktualizacji (najwyżej)",
    "The text is too short: give at least 40 words with at least 3 different ones.":
        "Tekst jest za krótki: podaj co najmniej 40 słów, w tym co najmniej 3 różne.",
    "The text has {n:,} words; the limit here is {limit:,}.": "Tekst ma {n:,} słów; limit na tej stronie to {limit:,}.",
    "Train the word-level LSTM": "Wytrenuj LSTM na poziomie słów",
    "Stopped: {reason} after {it} updates. Whole-text loss {loss:.3f} nats per word (uniform guessing: ln V = "
    "{uniform:.2f}).":
        "Zatrzymano ({reason}) po {it} aktualizacjach. Strata na całym tekście: {loss:.3f} nata na słowo "
        "(zgadywanie z równym prawdopodobieństwem: ln V = {uniform:.2f}).",
    "Generate from a seed passage": "Generuj od fragmentu początkowego",
    "Seed passage (words the model knows)": "Fragment początkowy (słowa znane modelowi)",
    "Words to generate": "Liczba słów do wygenerowania",
    "Cannot continue this seed: ": "Nie da się kontynuować tego fragmentu: ",
    "The model is now the sidebar's \"Trained in this session\" model for every page: open **Encodings** to see its "
    "word embeddings, **Gates** and **Cell state** to see its units.":
        "Ten model jest teraz na pasku bocznym modelem „Wytrenowany w tej sesji” dla wszystkich stron: otwórz "
        "**Kodowania**, aby zobaczyć zanurzenia jego słów, a **Bramki** i **Stan "
        "komórki**, aby zobaczyć jego jednostki.",
    "**Tokens**: the lecture's tokenizer — lower-cased words, every punctuation mark and newline its own token. "
    "**Embedding**: row v of E (V × D) is the input vector for word v; it is learned by the same backpropagation as "
    "the gates. **Loss**: cross-entropy per word; ln V is what guessing uniformly costs. **Generation**: the seed is "
    "read first, then each next word is sampled (temperature 0 = always the most likely word).":
        "**Tokeny**: tokenizator z wykładu — słowa zapisane małymi literami, a każdy znak interpunkcyjny i znak "
        "nowego wiersza to osobny token. **Zanurzenie**: wiersz v tablicy E (V × D) to wektor wejściowy słowa "
        "v; uczy się go ta sama propagacja wsteczna co bramek. **Strata**: entropia krzyżowa na słowo; ln V to "
        "koszt zgadywania z równym prawdopodobieństwem. **Generowanie**: najpierw czytany jest fragment "
        "początkowy, potem każde kolejne słowo jest losowane (temperatura 0 = zawsze najbardziej "
        "prawdopodobne słowo).",

    # --- Melody (pages/15_Melody.py) ----------------------------------------------------------------
    "Melody": "Melodia",
    "Learning a melody": "Nauka melodii",
    "A melody is a sequence of notes, and each note — a pitch with a length, written like **E4:1/4** (E in the 4th "
    "octave, a quarter note) — is one symbol, just like a character. The LSTM learns which note follows which; then "
    "it hears the first notes (the *prime*) and continues on its own. Both are played by a tiny synthesiser written "
    "with NumPy.":
        "Melodia to ciąg nut, a każda nuta — wysokość z długością, zapisana np. **E4:1/4** (E w 4. oktawie, "
        "ćwierćnuta) — jest jednym symbolem, tak jak znak. LSTM uczy się, która nuta następuje po której; "
        "potem słyszy pierwsze nuty (*początek*) i gra dalej samodzielnie. Oba fragmenty odtwarza malutki "
        "syntezator napisany w NumPy.",
    "Notes (one phrase per line; edit them if you like)": "Nuty (jedna fraza w wierszu; możesz je zmieniać)",
    "Tempo (beats per minute)": "Tempo (uderzenia na minutę)",
    "Sound": "Brzmienie",
    "sine wave": "fala sinusoidalna",
    "triangle wave": "fala trójkątna",
    "These notes cannot be read: ": "Tych nut nie da się odczytać: ",
    "**Original** — {n} notes, {s:.1f} s": "**Oryginał** — nuty: {n}, {s:.1f} s",
    "Train the LSTM on this melody": "Wytrenuj LSTM na tej melodii",
    "Press the button to train the LSTM on these notes (about a second).":
        "Naciśnij przycisk, aby wytrenować LSTM na tych nutach (około sekundy).",
    "Training loss per note": "Strata treningowa na nutę",
    "{reason} after {it} updates; from its first note the model replays {ok} of {total} notes correctly.":
        "Koniec treningu ({reason}) po {it} aktualizacjach; zaczynając od pierwszej nuty, model poprawnie "
        "odtwarza {ok} z {total} nut.",
    "Prime: first notes": "Początek: pierwsze nuty",
    "Notes to add": "Liczba nut do dopisania",
    "**Prime + continuation** — {p} notes heard, {n} notes made up by the model":
        "**Początek + ciąg dalszy** — nuty usłyszane: {p}, nuty wymyślone przez model: {n}",
    "original": "oryginał",
    "model's continuation": "ciąg dalszy modelu",
    "Piano roll: the original and the model's continuation": "Rolka pianoli: oryginał i ciąg dalszy modelu",
    "**Symbols**: each distinct (pitch, length) pair is one symbol; inside the model it is spelled as a word like "
    "e4_1_4 so the word tokenizer keeps it whole, and a line break (end of a phrase) is a symbol too. **What to "
    "expect**: with one short melody the LSTM memorises it; at temperature 0 the continuation replays the melody "
    "from where the prime stops, higher temperatures mix phrases and invent variations. **Sound**: each note is a "
    "sine or triangle wave at its pitch's frequency (A4 = 440 Hz) with a 10 ms fade in and a 40 ms fade out, 22,050 "
    "samples per second, written as a 16-bit WAV file.\n\n"
    "**Piano roll**: one bar per note; x = when it starts (in beats), length = its duration, y = its pitch.":
        "**Symbole**: każda różna para (wysokość, długość) to jeden symbol; wewnątrz modelu jest zapisana jako "
        "słowo w rodzaju e4_1_4, żeby tokenizator słów zostawił ją w całości, a koniec wiersza (koniec frazy) "
        "też jest symbolem. **Czego się spodziewać**: przy jednej krótkiej melodii LSTM uczy się jej na "
        "pamięć; przy temperaturze 0 ciąg dalszy odtwarza melodię od miejsca, w którym kończy się początek, "
        "a wyższe temperatury mieszają frazy i wymyślają wariacje. **Brzmienie**: każda nuta to fala "
        "sinusoidalna lub trójkątna o częstotliwości jej wysokości (A4 = 440 Hz), z 10 ms narastania "
        "i 40 ms wygaszania, 22 050 próbek na sekundę, zapisana jako 16-bitowy plik WAV.\n\n"
        "**Rolka pianoli**: jeden pasek na nutę; x = kiedy się zaczyna (w uderzeniach), długość = czas "
        "trwania, y = wysokość.",

    # --- figure words that pages pass to charts/ as plain strings (axis titles, trace names) ---------
    "update": "aktualizacja",
    "epoch": "epoka",
    "sunspots": "plamy słoneczne",
    "cross-entropy per symbol (nats)": "entropia krzyżowa na symbol (naty)",
    "cross-entropy per word (nats)": "entropia krzyżowa na słowo (naty)",
    "cross-entropy per note (nats)": "entropia krzyżowa na nutę (naty)",
    "MSE (scaled 0-1)": "MSE (po skalowaniu do 0-1)",
    "repeat last value": "powtórz ostatnią wartość",
    "RNN train": "RNN — trening",
    "RNN validation": "RNN — walidacja",
    "LSTM train": "LSTM — trening",
    "LSTM validation": "LSTM — walidacja",

    # --- pass 2 ----------------------------------------------------------------------------------------
    "The {n} unit(s) are all on together in {k} other place(s):":
        "Liczba innych miejsc, w których wszystkie wybrane jednostki ({n}) są aktywne naraz: {k}.",
    "For each character t the property has a number (1 inside quotes, 0 outside; or a depth, a position). Each unit "
    "has a number at every step too. **r** measures how well a straight line links the two: r = 1 means the unit "
    "rises exactly when the property does, r = −1 that it falls, r ≈ 0 no linear link. We say a unit *tracks* the "
    "property only when |r| ≥ {th:g} (a strong correlation by the usual rule of thumb: the property explains at "
    "least {pct:.0%} of the unit's variation, r²), that it *partly* tracks it when {lo:g} ≤ |r| < {th:g}, and that "
    "no single unit tracks it below {lo:g}. When the property or a unit never changes over the text, r is undefined "
    "and the page says so. Correlation is not cause: a unit may follow something else that happens to coincide with "
    "the property in this text.":
        "Dla każdego znaku t cecha ma wartość liczbową (1 wewnątrz cudzysłowu, 0 poza nim; albo głębokość, "
        "pozycję). Każda jednostka też ma liczbę w każdym kroku. **r** mierzy, jak dobrze obie wielkości łączy "
        "linia prosta: r = 1 oznacza, że jednostka rośnie dokładnie wtedy, gdy cecha, r = −1 — że maleje, "
        "r ≈ 0 — brak związku liniowego. Mówimy, że jednostka *śledzi* cechę tylko wtedy, gdy |r| ≥ {th:g} "
        "(silna korelacja według zwykłej reguły kciuka: cecha wyjaśnia co najmniej {pct:.0%} zmienności "
        "jednostki, r²), że śledzi ją *częściowo*, gdy {lo:g} ≤ |r| < {th:g}, a że żadna pojedyncza jednostka "
        "jej nie śledzi poniżej {lo:g}. Gdy cecha lub jednostka nie zmienia się w całym tekście, r jest "
        "nieokreślone i strona o tym mówi. Korelacja to nie przyczyna: jednostka może podążać za czymś innym, "
        "co w tym tekście przypadkiem pokrywa się z cechą.",
    "it explains {pct:.0%} of the unit's variation": "wyjaśnia {pct:.0%} zmienności jednostki",
    "Unit {u} of {q} tracks '{p}': r = {r:.2f} (|r| ≥ {th:g}; {share}).":
        "Jednostka {u} wielkości {q} śledzi cechę '{p}': r = {r:.2f} (|r| ≥ {th:g}; {share}).",
    "Unit {u} of {q} partly tracks '{p}': r = {r:.2f} (moderate: {lo:g} ≤ |r| < {th:g}; {share}).":
        "Jednostka {u} wielkości {q} częściowo śledzi cechę '{p}': r = {r:.2f} (umiarkowanie: {lo:g} ≤ |r| < "
        "{th:g}; {share}).",
    "No single unit tracks '{p}' here: the best is unit {u} of {q} with r = {r:.2f} (|r| below {lo:g}).":
        "Żadna pojedyncza jednostka nie śledzi tu cechy '{p}': najlepsza jest jednostka {u} wielkości {q} "
        "z r = {r:.2f} (|r| poniżej {lo:g}).",
    "prediction '{symbol_label(predicted[0])}' (p = {predicted[1]})":
        "predykcja '{symbol_label(predicted[0])}' (p = {predicted[1]})",
    "actual next '{symbol_label(actual[0])}' (p = {actual[1]})":
        "faktyczny następny '{symbol_label(actual[0])}' (p = {actual[1]})",
    "input x = '{symbol_label(char)}'": "wejście x = '{symbol_label(char)}'",
    "index": "indeks",
    "symbol": "symbol",
    "count in the text": "liczba wystąpień w tekście",
    "rank": "miejsce",
    "cosine similarity": "podobieństwo cosinusowe",
    "one-hot": "one-hot (1 z n)",
    "embedding": "zanurzenie",
    "numbers per symbol": "liczby na symbol",
    "numbers for the whole text": "liczby dla całego tekstu",
    "stored once (lookup table)": "zapisane raz (tablica przeglądowa)",
    "per symbol": "na symbol",
    "whole text ({n_symbols} symbols)": "cały tekst (symboli: {n_symbols})",
    "whole-text loss per 25 symbols": "strata na całym tekście na 25 symboli",
    "smooth loss (course EMA)": "wygładzona strata (EMA z kursu)",
    "seconds": "sekundy",
    "{name} (window loss)": "{name} (strata na oknie)",
    "{name} (whole text)": "{name} (cały tekst)",
    "smooth loss": "wygładzona strata",
    "exact loss": "dokładna strata",
    " (batch)": " (porcja)",
    " (whole list)": " (cała lista)",

    # --- hover lines of figures (ui.i18n.translate_figure: plotly's %{...} fields fill the {placeholders}) --
    "step {x} '{c}'": "krok {x} '{c}'",
    "step {s} {c}": "krok {s} {c}",
    "step t = {t} '{c}'": "krok t = {t} '{c}'",
    "position {p} '{c}'": "pozycja {p} '{c}'",
    "column {x} '{c}'": "kolumna {x} '{c}'",
    "index = {i}": "indeks = {i}",
    "'{t}' (index {i})": "'{t}' (indeks {i})",
    "value = {v}": "wartość = {v}",
    "{name} = {v} numbers": "{name} = {v} liczb",
    "gate {g}, unit {u}": "bramka {g}, jednostka {u}",
    "{g} < {low} in {x} of steps": "{g} < {low} w {x} kroków",
    "{g} > {high} in {y} of steps": "{g} > {high} w {y} kroków",
    "distance T − t = {x}": "odległość T − t = {x}",
    "norm = {y}": "norma = {y}",
    "iteration {x}": "iteracja {x}",
    "window loss = {y}": "strata na oknie = {y}",
    "whole-text loss = {y}": "strata na całym tekście = {y}",
    "units {u}": "jednostki {u}",
    "smallest {n} = {v}": "najmniejsza wartość {n} = {v}",
    "property = {v}": "cecha = {v}",
    "next symbol {x}": "następny symbol {x}",
    "snapshot at iteration {x}": "migawka w iteracji {x}",
    "loss = {y}": "strata = {y}",
    "truth = {y} {unit}": "prawdziwa wartość = {y} {unit}",
    "beat {b}, {x} beats": "uderzenie {b}, długość {x} uderz.",
    "{name} = {y} per 25 symbols": "{name} = {y} na 25 symboli",
    "target = {t} per 25 symbols": "cel = {t} na 25 symboli",
    "value": "wartość",
    "setting": "ustawienie",
    "measure": "miara",
    "copy": "kopia",
    "Loss per word over the whole text": "Strata na słowo na całym tekście",
    "year": "rok",
    "time step (year)": "krok czasowy (rok)",
    "name": "imię",
    "new or copy": "nowe czy kopia",
    "ended with a newline": "zakończone znakiem nowego wiersza",
    "reached": "osiągnięto cel",
    "max_iters": "osiągnięto limit aktualizacji",
    "step {s}": "krok {s}",
    "y = {v} (chosen)": "y = {v} (wybrany)",
    "position {k}": "pozycja {k}",
    "expected {e}": "oczekiwany {e}",
    "produced {p}": "wytworzony {p}",
    "given (the first symbol)": "podany (pierwszy symbol)",
    "correct": "poprawnie",
    "wrong": "błędnie",

    # --- messages of lstm/'s errors that a student can cause (pages show them as _(str(err))) ----------
    "{len(unknown)} symbol(s) not in this model's vocabulary: {shown}":
        "symbole spoza słownika tego modelu ({len(unknown)}): {shown}",
    "the text is empty: type or upload at least a few characters":
        "tekst jest pusty: wpisz albo wczytaj choć kilka znaków",
    "the text has only {len(symbols)} distinct symbol(s) ({', '.join(map(repr, symbols))}); a model needs at least "
    "{min_symbols} to have anything to predict":
        "tekst ma tylko tyle różnych symboli: {len(symbols)} ({', '.join(map(repr, symbols))}); model potrzebuje "
        "co najmniej {min_symbols}, żeby miał co przewidywać",
    "nothing to run: the text is empty": "nie ma czego uruchomić: tekst jest pusty",
    "the text needs at least 2 symbols: one to read and one to predict":
        "tekst musi mieć co najmniej 2 symbole: jeden do przeczytania i jeden do przewidzenia",
    "need at least 2 symbols: one to read and one to predict":
        "potrzebne są co najmniej 2 symbole: jeden do przeczytania i jeden do przewidzenia",
    "the text has {len(text)} characters; the limit is {MAX_TEXT_CHARS}":
        "tekst ma {len(text)} znaków; limit to {MAX_TEXT_CHARS}",
    "the prime text is empty: give at least one symbol to start from":
        "tekst początkowy jest pusty: podaj co najmniej jeden symbol, od którego można zacząć",
    "temperature must be a number ≥ 0 (0 = greedy), got {temperature}":
        "temperatura musi być liczbą ≥ 0 (0 = wybór zachłanny), podano {temperature}",
    "length must be a whole number from 0 to {MAX_LENGTH}, got {length}":
        "długość musi być liczbą całkowitą od 0 do {MAX_LENGTH}, podano {length}",
    "learning rate must be a positive finite number, got {lr}":
        "współczynnik uczenia musi być dodatnią liczbą skończoną, podano {lr}",
    "hidden size must be a whole number from 1 to {MAX_HIDDEN}, got {self.hidden}":
        "rozmiar stanu ukrytego musi być liczbą całkowitą od 1 do {MAX_HIDDEN}, podano {self.hidden}",
    "embedding size must be a whole number from 0 to {MAX_HIDDEN}, got {self.embed_dim}":
        "rozmiar zanurzenia musi być liczbą całkowitą od 0 do {MAX_HIDDEN}, podano {self.embed_dim}",
    "init_std must be a positive number, got {self.init_std}":
        "init_std (odchylenie wag początkowych) musi być liczbą dodatnią, podano {self.init_std}",
    "forget_bias must be a finite number, got {self.forget_bias}":
        "forget_bias (bias bramki zapominania) musi być liczbą skończoną, podano {self.forget_bias}",
    "vocabulary of {len(vocab)} symbols is too large (limit {MAX_VOCAB})":
        "słownik z {len(vocab)} symbolami jest za duży (limit {MAX_VOCAB})",
    "{name} must be a whole number from {low} to {high}, got {value}":
        "{name}: wymagana liczba całkowita od {low} do {high}, podano {value}",
    "{name} must be a finite number {'≥' if allow_low else '>'} {low}, got {value}":
        "{name}: wymagana liczba skończona {'≥' if allow_low else '>'} {low}, podano {value}",
    "position t must be in 0..{trace.T - 1}, got {t}": "pozycja t musi być w zakresie 0..{trace.T - 1}, podano {t}",
    "a {model.kind.upper()} has no cell state C": "{model.kind.upper()} nie ma stanu komórki C",
    "unit must be in 0..{model.H - 1}, got {unit}": "jednostka musi być w zakresie 0..{model.H - 1}, podano {unit}",
    "the range must lie in 0..{len(values) - 1} with start ≤ end":
        "zakres musi leżeć w 0..{len(values) - 1}, a początek ≤ koniec",
    "the regular expression is empty": "wyrażenie regularne jest puste",
    "the regular expression is longer than {MAX_PATTERN_CHARS} characters":
        "wyrażenie regularne jest dłuższe niż {MAX_PATTERN_CHARS} znaków",
    "not a valid regular expression: {err}": "to nie jest poprawne wyrażenie regularne: {err}",
    "{token} is not a note: write pitch, octave, colon, length, e.g. E4:1/4, F#4:1/8 or R:1/2":
        "{token} to nie nuta: zapisz wysokość, oktawę, dwukropek i długość, np. E4:1/4, F#4:1/8 albo R:1/2",
    "line {line_no}, note {k}: {err}": "wiersz {line_no}, nuta {k}: {err}",
    "the melody has {total} note(s); write at least 4": "melodia ma tylko tyle nut: {total}; zapisz co najmniej 4",
    "the melody has {total} notes; the limit is {MAX_NOTES}": "melodia ma {total} nut; limit to {MAX_NOTES}",
    "tempo must be from 20 to 400 beats per minute, got {bpm}":
        "tempo musi wynosić od 20 do 400 uderzeń na minutę, podano {bpm}",
    "the list has {len(names)} name(s); give at least {MIN_NAMES}, one per line":
        "lista ma tylko tyle imion: {len(names)}; podaj co najmniej {MIN_NAMES}, po jednym w wierszu",
    "the list has {len(names)} names; the limit is {MAX_NAMES}": "lista ma {len(names)} imion; limit to {MAX_NAMES}",
    "name {long[0]} is longer than {MAX_NAME_CHARS} characters: is this really one name per line?":
        "imię {long[0]} ma więcej niż {MAX_NAME_CHARS} znaków: czy na pewno w każdym wierszu jest jedno imię?",
    "the series has {len(values)} numbers; at least 20 are needed":
        "szereg ma tylko tyle liczb: {len(values)}; potrzeba co najmniej 20",
    "the series has {len(values)} numbers; the limit is {MAX_POINTS}":
        "szereg ma {len(values)} liczb; limit to {MAX_POINTS}",
    "the window must be a whole number from 1 to {len(values) // 4} for this series":
        "dla tego szeregu okno musi być liczbą całkowitą od 1 do {len(values) // 4}",
    "row {k}: {row[-1]} is not a number": "wiersz {k}: {row[-1]} to nie liczba",
    "checkpoint is not a valid .npz (zip) file ({e})": "to nie jest poprawny plik .npz (zip) ({e})",
    "checkpoint has no 'meta' entry: it was not saved by this app":
        "plik nie ma wpisu 'meta': nie został zapisany przez tę aplikację",
    "the metadata does not say format 'lstm-explainer': not a checkpoint of this app":
        "metadane nie podają formatu 'lstm-explainer': to nie jest model zapisany przez tę aplikację",
    "checkpoint format version {meta.get('version')} is not supported (this app reads version {VERSION})":
        "wersja formatu {meta.get('version')} nie jest obsługiwana (ta aplikacja czyta wersję {VERSION})",
    "array {name} holds Python objects (a pickle, which could run code); refused without unpickling it":
        "tablica {name} zawiera obiekty Pythona (pickle, który mógłby uruchomić kod); odrzucono ją bez "
        "rozpakowywania",
    "array {name} is truncated": "tablica {name} jest ucięta",
    "checkpoint is damaged and cannot be read ({type(e).__name__}: {e})":
        "plik jest uszkodzony i nie da się go odczytać ({type(e).__name__}: {e})",
    "the model has NaN or Inf weights; refusing to save it": "model ma wagi NaN lub Inf; nie zapiszę go",
    "RNN or LSTM? Names are only a few letters long, so there is little long-range memory to exploit: on the shipped "
    "list both reach about the same loss (about 1.7 nats per symbol after 600 updates) and both invent mostly new "
    "names.":
        "RNN czy LSTM? Imiona mają tylko kilka liter, więc niewiele tu pamięci długiego zasięgu do wykorzystania: "
        "na dołączonej liście oba modele osiągają mniej więcej tę samą stratę (około 1,7 nata na symbol po 600 "
        "aktualizacjach) i oba wymyślają głównie nowe imiona.",
    "RNN or LSTM? With a window of only 5 years there is no long-range memory to exploit, so the LSTM has no "
    "advantage here: with the default settings the vanilla RNN is a little better (RMSE about 19 against 21 "
    "sunspots), and both beat the baseline (about 33).":
        "RNN czy LSTM? Przy oknie obejmującym tylko 5 lat nie ma pamięci długiego zasięgu do wykorzystania, więc "
        "LSTM nie ma tu przewagi: przy domyślnych ustawieniach zwykła sieć RNN jest nieco lepsza (RMSE około 19 "
        "wobec 21 plam słonecznych), a oba modele wygrywają z punktem odniesienia (około 33).",
    "truth = {y} sunspots": "prawdziwa wartość = {y} plam słonecznych",
    "{name} = {y} sunspots": "{name} = {y} plam słonecznych",
    # --- the metadata caption under figures and in CSVs (ui/setup.py Context.caption) -------------------
    "kind": "rodzaj",
    "seed": "ziarno",
    "iterations": "iteracje",
    "criterion": "kryterium",
    "smooth_loss": "wygładzona_strata",
    "exact_loss_per_window": "dokładna_strata_na_okno",
    "text: {snippet} ({n} chars)": "tekst: {snippet} (znaków: {n})",
    "character level": "poziom znaków",
    "word level": "poziom słów",
    "data: yearly sunspot numbers {first}-{last} (assets/series/sunspots_yearly.csv) · window W={W} · H={H} · "
    "epochs={epochs} · seed={seed} · min-max scaled with the training years {first}-{train_last} · validation "
    "{val_first}-{last}":
        "dane: roczne liczby plam słonecznych {first}-{last} (assets/series/sunspots_yearly.csv) · okno W={W} · "
        "H={H} · epoki={epochs} · ziarno={seed} · skalowanie min-max według lat treningowych {first}-{train_last} "
        "· walidacja {val_first}-{last}",
    # --- report, lstm messages (issue 7) ---
    # the downloadable HTML report (charts/report.py, through ui/report.py)
    "LSTM report: {label}": "Raport LSTM: {label}",
    "Generated {date} by LSTM Explainer.": "Wygenerowano {date} w aplikacji „LSTM od środka”.",
    "Training text ({n} characters)": "Tekst treningowy (liczba znaków: {n})",
    "Figures": "Wykresy",
    "Samples": "Próbki",
    "temperature {t}": "temperatura {t}",
    "temperature {t} (greedy)": "temperatura {t} (wybór zachłanny)",
    "No samples.": "Brak próbek.",
    "No recitation: the training text is unknown.": "Brak recytacji: tekst treningowy jest nieznany.",
    "Greedy recitation from the first symbol: {n} of {total} symbols correct (green = as in the text, "
    "red and struck through = different).":
        "Zachłanna recytacja od pierwszego symbolu: poprawne symbole: {n} z {total} (zielony = jak w tekście, "
        "czerwony i przekreślony = inaczej).",
    "{NAMES[q]} over the text (first {n} of {trace.T} symbols)":
        "{NAMES[q]} w tekście (pierwsze {n} z {trace.T} symboli)",
    "candidate C̃": "kandydat C̃",
    # lstm/ messages shown as _(str(err)): checkpoint uploads (lstm/checkpoint.py)
    "checkpoint file not found: {e.filename}": "nie znaleziono pliku modelu: {e.filename}",
    "File is not a zip file": "plik nie jest archiwum zip",        # zipfile's reason, inside "... (zip) file ({e})"
    "checkpoint holds {len(infos)} entries; a model has at most {MAX_MEMBERS}":
        "plik zawiera za dużo wpisów ({len(infos)}); model ma ich najwyżej {MAX_MEMBERS}",
    "unexpected entry {info.filename}: a checkpoint holds only .npy arrays":
        "nieoczekiwany wpis {info.filename}: plik modelu zawiera tylko tablice .npy",
    "array {name} appears twice in the checkpoint": "tablica {name} występuje w pliku dwa razy",
    "checkpoint declares {total} bytes of arrays, more than the limit {MAX_TOTAL_BYTES} ({MAX_TOTAL_BYTES >> 20} MB)":
        "plik deklaruje tablice o rozmiarze {total} bajtów, więcej niż limit {MAX_TOTAL_BYTES} "
        "({MAX_TOTAL_BYTES >> 20} MB)",
    "array {name} uses .npy format version {version}; expected 1.0 or 2.0":
        "tablica {name} ma format .npy w wersji {version}; obsługiwane są wersje 1.0 i 2.0",
    "array {name} declares a negative size {shape}": "tablica {name} deklaruje ujemny rozmiar {shape}",
    "array {name}: declared size {dims} ({nbytes} bytes) is larger than the limit of {limit} bytes":
        "tablica {name}: zadeklarowany rozmiar {dims} ({nbytes} bajtów) przekracza limit {limit} bajtów",
    "array {name} declares {nbytes} bytes of data but its file entry holds {info.file_size - fp.tell()}: "
    "the file is damaged or forged":
        "tablica {name} deklaruje {nbytes} bajtów danych, a jej wpis w pliku ma {info.file_size - fp.tell()}: "
        "plik jest uszkodzony albo sfałszowany",
    "the 'meta' entry has dtype {raw.dtype} and shape {raw.shape}; expected a 1-D uint8 array of UTF-8 JSON":
        "wpis 'meta' ma typ {raw.dtype} i kształt {raw.shape}; oczekiwano jednowymiarowej tablicy uint8 "
        "z JSON-em w UTF-8",
    "the metadata is not valid UTF-8 text": "metadane nie są poprawnym tekstem UTF-8",
    "the metadata is not valid JSON ({e.msg})": "metadane nie są poprawnym JSON-em ({e.msg})",
    "the metadata is not valid JSON (nested too deeply)":
        "metadane nie są poprawnym JSON-em (za głębokie zagnieżdżenie)",
    "unknown model kind {kind}; expected one of {', '.join(KINDS)}":
        "nieznany rodzaj modelu {kind}; dozwolone: {', '.join(KINDS)}",
    "the metadata has no 'config' section describing the model":
        "metadane nie mają sekcji 'config' opisującej model",
    "unknown config field {key} in the checkpoint": "nieznane pole konfiguracji {key} w pliku",
    "config field {key} = {value} has the wrong type": "pole konfiguracji {key} = {value} ma zły typ",
    "config field seed = {fields['seed']} must not be negative":
        "pole konfiguracji seed = {fields['seed']} nie może być ujemne",
    "metadata says kind {kind} but config says {fields['kind']}":
        "metadane podają rodzaj {kind}, a konfiguracja {fields['kind']}",
    "invalid model settings in the checkpoint: {e}": "nieprawidłowe ustawienia modelu w pliku: {e}",
    "the metadata has no vocabulary (a list of symbols)": "metadane nie zawierają słownika (listy symboli)",
    "unknown vocabulary level {level}: expected 'char' or 'word'":
        "nieznany poziom słownika {level}: oczekiwano 'char' albo 'word'",
    "vocabulary has {len(symbols)} symbols; expected 1 to {MAX_VOCAB}":
        "liczba symboli w słowniku: {len(symbols)}; dozwolone od 1 do {MAX_VOCAB}",
    "vocabulary symbols must be non-empty strings{' of one character each' if level == 'char' else ''}":
        "symbole słownika muszą być niepustymi napisami{' of one character each' if level == 'char' else ''}",
    "vocabulary symbols must be non-empty strings": "symbole słownika muszą być niepustymi napisami",
    " of one character each": " o długości jednego znaku",
    "vocabulary symbols must be valid Unicode text": "symbole słownika muszą być poprawnym tekstem Unicode",
    "vocabulary lists a symbol more than once": "słownik zawiera któryś symbol więcej niż raz",
    "vocabulary has {len(vocab)} symbols but W_y has {shape[0]} rows":
        "liczba symboli w słowniku ({len(vocab)}) nie zgadza się z liczbą wierszy W_y ({shape[0]})",
    "array {name} has shape {shape}, expected {expected}": "tablica {name} ma kształt {shape}, oczekiwano {expected}",
    "array {name} has dtype {dtype}, expected float64 ('<f8')":
        "tablica {name} ma typ {dtype}, oczekiwano float64 ('<f8')",
    "a model with H = {config.hidden} and {len(vocab)} symbols has {size} weights, more than the limit of "
    "{MAX_TOTAL_BYTES // 8}":
        "model z H = {config.hidden} i liczbą symboli {len(vocab)} ma {size} wag, więcej niż limit "
        "{MAX_TOTAL_BYTES // 8}",
    "unexpected array {extra[0]}: a {config.kind} checkpoint holds only {', '.join(shapes)} and meta":
        "nieoczekiwana tablica {extra[0]}: plik modelu {config.kind} zawiera tylko {', '.join(shapes)} i meta",
    "array {missing[0]} is missing from the checkpoint": "w pliku brakuje tablicy {missing[0]}",
    "array {name} contains NaN or Inf": "tablica {name} zawiera NaN lub Inf",
    # texts, settings, primes, vocabulary, limits (lstm/vocab.py, model.py, train_config.py, optim.py, ...)
    "unknown vocabulary level {level}: use 'char' or 'word'": "nieznany poziom słownika {level}: użyj 'char' albo 'word'",
    "unknown model kind {self.kind}: use one of {', '.join(KINDS)}":
        "nieznany rodzaj modelu {self.kind}: użyj jednego z: {', '.join(KINDS)}",
    "unknown optimizer {name}: use one of {', '.join(OPTIMIZERS)}":
        "nieznany optymalizator {name}: użyj jednego z: {', '.join(OPTIMIZERS)}",
    "unknown preset {name}: use one of {', '.join(PRESETS)}":
        "nieznany zestaw ustawień {name}: użyj jednego z: {', '.join(PRESETS)}",
    "unknown {name} {getattr(self, name)}: use one of {', '.join(sorted(allowed))}":
        "{name}: nieznana wartość {getattr(self, name)}; użyj jednej z: {', '.join(sorted(allowed))}",
    "learning rate": "współczynnik uczenia",
    "target loss": "docelowa strata",
    "sequence length": "długość sekwencji",
    "clip (0 = off)": "clip (0 = wyłączone)",
    "clip_norm (0 = off)": "clip_norm (0 = wyłączone)",
    "sample_every (0 = never)": "sample_every (0 = nigdy)",
    "unknown property {name}: use one of {', '.join(PROPERTIES)}":
        "nieznana cecha {name}: użyj jednej z: {', '.join(PROPERTIES)}",
    "unknown wave shape {shape}: use 'sine' or 'triangle'": "nieznany kształt fali {shape}: użyj 'sine' albo 'triangle'",
    "the training fraction must be from 0.3 to 0.95": "część danych do treningu musi wynosić od 0.3 do 0.95",
    "expected a non-empty (N, D) array, got shape {x.shape}":
        "oczekiwano niepustej tablicy (N, D), podano kształt {x.shape}",
    "step {t_end} has no target to predict": "po kroku {t_end} nie ma już symbolu do przewidzenia",
    "t_end must be in 0..{len(inputs) - 2}, got {t_end}": "t_end musi być w zakresie 0..{len(inputs) - 2}, podano {t_end}",
    "symbol index must be in 0..{model.V - 1}, got {k}": "indeks symbolu musi być w zakresie 0..{model.V - 1}, podano {k}",
    "step must be in 0..{trace.T - 1} and unit in 0..{trace.H - 1}":
        "krok musi być w zakresie 0..{trace.T - 1}, a jednostka w zakresie 0..{trace.H - 1}",
    "indices must be in 0..{self.V - 1}": "indeksy muszą być w zakresie 0..{self.V - 1}",
    # why a training run stopped early (lstm/train.py Trainer.stop_reason, shown by the Training page)
    "nan: {what} after {self.iteration + 1} update(s); the learning rate ({self.config.lr:g}) is probably too high "
    "({self._advice()}); the parameters are restored to those after {self.iteration} update(s), the "
    "last with a finite loss":
        "nan: {what} w aktualizacji nr {self.iteration + 1}; współczynnik uczenia ({self.config.lr:g}) jest "
        "prawdopodobnie za duży ({self._advice()}); przywrócono parametry sprzed tej "
        "aktualizacji (liczba wykonanych aktualizacji: {self.iteration}), ostatnie ze skończoną stratą",
    "the loss diverged to {loss:.3g} per 25-symbol window (over {DIVERGED:g}× the {self._diverged / DIVERGED:.3g} "
    "of uniform guessing)":
        "strata rozbiegła się do {loss:.3g} na okno 25 symboli (ponad {DIVERGED:g}× więcej niż "
        "{self._diverged / DIVERGED:.3g} przy zgadywaniu z równymi prawdopodobieństwami)",
    "the {'loss' if not math.isfinite(loss) else 'gradient'} became {loss if not math.isfinite(loss) else grad_norm}":
        "{'loss' if not math.isfinite(loss) else 'gradient'} osiąga wartość "
        "{loss if not math.isfinite(loss) else grad_norm}",
    "nan: the last update made some parameters infinite; the previous ones were restored":
        "nan: ostatnia aktualizacja dała nieskończone wartości niektórych parametrów; przywrócono poprzednie",

    # --- series model on the shared pages (issue 8) ---
    "Sunspots {kind} (trained on the Time series page)": "Plamy słoneczne: {kind} (wytrenowany na stronie Szereg czasowy)",
    "data: yearly sunspot numbers {first}-{last}, scaled to 0-1 with the training years {first}-{train_last} · "
    "window W={W} · epochs={epochs}":
        "dane: roczne liczby plam słonecznych {first}-{last}, przeskalowane do 0-1 według lat treningowych "
        "{first}-{train_last} · okno W={W} · epoki={epochs}",
    "{kind}, H = {H}, one number per step. It reads the yearly sunspot numbers {first}-{last} ({n} years), scaled "
    "to 0-1 as on the Time series page, so there is no text to choose.":
        "{kind}, H = {H}, jedna liczba na krok. Czyta roczne liczby plam słonecznych {first}-{last} (lat: {n}), "
        "przeskalowane do 0-1 tak jak na stronie Szereg czasowy, więc nie ma tu tekstu do wyboru.",
    "This page needs a text model, and the sidebar's model is the sunspot model, which reads numbers, not symbols. "
    "The sunspot model can be seen on the Gates and Cell state pages; for this page, choose a text model in the "
    "sidebar.":
        "Ta strona potrzebuje modelu tekstowego, a na pasku bocznym wybrany jest model plam słonecznych, który "
        "czyta liczby, a nie symbole. Model plam słonecznych można obejrzeć na stronach Bramki i Stan komórki; "
        "dla tej strony wybierz na pasku bocznym model tekstowy.",
    "the yearly sunspot numbers {first}-{last}, scaled to 0-1":
        "roczne liczby plam słonecznych {first}-{last}, przeskalowane do 0-1",
    "The sidebar's model is now this LSTM (\"Sunspots LSTM\"): open **Gates** or **Cell state** to see its gates "
    "and cell state year by year. The other pages need a text model: choose one in the sidebar to go back to them.":
        "Modelem na pasku bocznym jest teraz ta sieć LSTM („Plamy słoneczne: LSTM”): otwórz **Bramki** lub "
        "**Stan komórki**, aby zobaczyć jej bramki i stan komórki rok po roku. Pozostałe strony potrzebują "
        "modelu tekstowego: aby do nich wrócić, wybierz go na pasku bocznym.",
    "Show this LSTM on the Gates and Cell state pages": "Pokaż tę sieć LSTM na stronach Bramki i Stan komórki",
    "Makes it the sidebar's model; the other pages then ask for a text model.":
        "Ustawia ją jako model na pasku bocznym; pozostałe strony poproszą wtedy o model tekstowy.",
    "The sunspot model: each column is a year, and the value is the gate after the model read that year's sunspot "
    "number (scaled to 0-1). It was trained on windows of {W} years, each from zero state; here it reads all {T} "
    "years in one run from zero state, as on the Time series page.":
        "Model plam słonecznych: każda kolumna to jeden rok, a wartość to bramka po przeczytaniu przez model "
        "liczby plam słonecznych z tego roku (przeskalowanej do 0-1). Trenowano go na oknach po {W} lat, każde "
        "od stanu zerowego; tutaj czyta wszystkie lata (liczba lat: {T}) w jednym przebiegu od stanu zerowego, "
        "tak jak na stronie Szereg czasowy.",
    "The sunspot model: each column is a year, and the value is the state after the model read that year's "
    "sunspot number (scaled to 0-1). It was trained on windows of {W} years, each from zero state; here it reads "
    "all {T} years in one run from zero state, as on the Time series page.":
        "Model plam słonecznych: każda kolumna to jeden rok, a wartość to stan po przeczytaniu przez model "
        "liczby plam słonecznych z tego roku (przeskalowanej do 0-1). Trenowano go na oknach po {W} lat, każde "
        "od stanu zerowego; tutaj czyta wszystkie lata (liczba lat: {T}) w jednym przebiegu od stanu zerowego, "
        "tak jak na stronie Szereg czasowy.",
    "year (step t)": "rok (krok t)",
    "The years coloured by one gate of one unit": "Lata pokolorowane według jednej bramki jednej jednostki",
    "The years coloured by {gate} of unit {u}": "Lata pokolorowane według: {gate}, jednostka {u}",
    "The steps coloured by one gate of one unit": "Kroki pokolorowane według jednej bramki jednej jednostki",
    "The steps coloured by {gate} of unit {u}": "Kroki pokolorowane według: {gate}, jednostka {u}",
    "label (step t)": "etykieta (krok t)",
    "Show this page with “{label}”": "Pokaż tę stronę z modelem „{label}”",
    "Training {kind}: {pct:.0%} of the three runs": "Trening {kind}: {pct:.0%} wszystkich trzech przebiegów",
    "Range of steps (step 0 = {first}, step {last_step} = {last})":
        "Zakres kroków (krok 0 = {first}, krok {last_step} = {last})",
    # --- series checkpoints ---
    "Download this LSTM (.npz checkpoint)": "Pobierz tę sieć LSTM (zapisany model .npz)",
    "The LSTM with the years and the scaled sunspot numbers it reads. In a later session, load it with the "
    "sidebar's \"Load a checkpoint\" to see it on the Gates and Cell state pages again.":
        "Sieć LSTM razem z latami i przeskalowanymi liczbami plam słonecznych, które czyta. W kolejnej sesji "
        "wczytaj ją polem „Wczytaj zapisany model” na pasku bocznym, aby znów zobaczyć ją na stronach Bramki "
        "i Stan komórki.",
    "{kind}, H = {H}, one number per step. It reads the series saved with it ({data}: {n} steps, {first} to "
    "{last}), scaled to 0-1 as in its training, so there is no text to choose.":
        "{kind}, H = {H}, jedna liczba na krok. Czyta szereg zapisany razem z nim ({data}: liczba kroków {n}, "
        "od {first} do {last}), przeskalowany do 0-1 tak jak przy trenowaniu, więc nie ma tu tekstu do wyboru.",
    "data: the series {data}, steps {first}-{last}, scaled to 0-1 with its training part {first}-{train_last} "
    "· window W={W} · epochs={epochs}":
        "dane: szereg {data}, kroki {first}-{last}, przeskalowany do 0-1 według części treningowej "
        "{first}-{train_last} · okno W={W} · epoki={epochs}",
    "A series model: each column is one step of {data}, and the value is the gate after the model read that "
    "step's number (scaled to 0-1). It was trained on windows of {W} steps, each from zero state; here it reads "
    "all {T} steps in one run from zero state.":
        "Model szeregu: każda kolumna to jeden krok szeregu {data}, a wartość to bramka po przeczytaniu przez "
        "model liczby z tego kroku (przeskalowanej do 0-1). Trenowano go na oknach po {W} kroków, każde od stanu "
        "zerowego; tutaj czyta wszystkie kroki (liczba kroków: {T}) w jednym przebiegu od stanu zerowego.",
    "A series model: each column is one step of {data}, and the value is the state after the model read that "
    "step's number (scaled to 0-1). It was trained on windows of {W} steps, each from zero state; here it reads "
    "all {T} steps in one run from zero state.":
        "Model szeregu: każda kolumna to jeden krok szeregu {data}, a wartość to stan po przeczytaniu przez "
        "model liczby z tego kroku (przeskalowanej do 0-1). Trenowano go na oknach po {W} kroków, każde od stanu "
        "zerowego; tutaj czyta wszystkie kroki (liczba kroków: {T}) w jednym przebiegu od stanu zerowego.",
    "This page needs a text model, and the sidebar's model is a series model, which reads numbers, not symbols. "
    "It can be seen on the Gates and Cell state pages; for this page, choose a text model in the sidebar.":
        "Ta strona potrzebuje modelu tekstowego, a modelem na pasku bocznym jest model szeregu liczb, który czyta "
        "liczby, nie symbole. Można go zobaczyć na stronach Bramki i Stan komórki; dla tej strony wybierz model "
        "tekstowy na pasku bocznym.",
    "the series {data}, steps {first}-{last}, scaled to 0-1":
        "szereg {data}, kroki {first}-{last}, przeskalowany do 0-1",
    "The pages show the first {n} steps of this series.": "Strony pokazują pierwsze {n} kroków tego szeregu.",
    # lstm/checkpoint.py: series checkpoints refused on upload
    "unknown model type {found}: a checkpoint holds a text model (no 'model' entry) or a {SERIES} model":
        "nieznany typ modelu {found}: plik zawiera model tekstowy (bez wpisu 'model') albo model {SERIES}",
    "a series checkpoint has no vocabulary, but this one lists one":
        "plik modelu szeregu nie ma słownika, a ten go zawiera",
    "this checkpoint holds {MODEL_TYPES[found]}, but {MODEL_TYPES.get(expect_model, repr(expect_model))} was "
    "expected here":
        "ten plik zawiera {MODEL_TYPES[found]}, a tutaj oczekiwano: {MODEL_TYPES.get(expect_model, repr(expect_model))}",
    "a text model (symbols in, symbols out)": "model tekstowy (symbole na wejściu i na wyjściu)",
    "a series model (one number per step)": "model szeregu liczb (jedna liczba na krok)",
    "a series checkpoint must hold 'labels' and 'values': the steps (e.g. years) and the numbers the model reads":
        "plik modelu szeregu musi zawierać 'labels' i 'values': kroki (np. lata) i liczby, które model czyta",
    "the series has {len(values)} values and {len(labels)} labels; expected at least one value and one label "
    "per value":
        "szereg ma {len(values)} wartości i {len(labels)} etykiet; oczekiwano co najmniej jednej wartości "
        "i jednej etykiety na każdą wartość",
    "the series labels must be text (valid Unicode strings)":
        "etykiety szeregu muszą być tekstem (poprawnymi napisami Unicode)",
    "the series values must be finite numbers (no NaN, Inf or text)":
        "wartości szeregu muszą być liczbami skończonymi (bez NaN, Inf i tekstu)",
    "the series metadata {key} must be a dictionary": "metadane szeregu {key} muszą być słownikiem (dict)",
    "the series metadata {key} must be text": "metadane szeregu {key} muszą być tekstem",
    "a series model with H = {config.hidden} has {size} weights, more than the limit of {MAX_TOTAL_BYTES // 8}":
        "model szeregu z H = {config.hidden} ma {size} wag, więcej niż limit {MAX_TOTAL_BYTES // 8}",
    "a series model reads one number per step, so its embed_dim must be 0, not {config.embed_dim}":
        "model szeregu czyta jedną liczbę na krok, więc jego embed_dim musi wynosić 0, a nie {config.embed_dim}",

    # --- bring your own model: Keras / PyTorch import (ui/importer.py, lstm/import_*.py, lstm/imported.py) ---
    "Load a model (.npz, .keras, .h5, .safetensors)": "Wczytaj model (.npz, .keras, .h5, .safetensors)",
    "**Open {name}**": "**Otwórz {name}**",
    "This file cannot be opened: ": "Tego pliku nie da się otworzyć: ",
    "Which tensor is which (only if the names are not nn.LSTM's)":
        "Który tensor jest którym (tylko gdy nazwy nie są takie jak w nn.LSTM)",
    "A Keras or PyTorch file stores numbers only: say which symbol each index stands for.":
        "Plik Keras lub PyTorch zawiera same liczby: wskaż, który symbol oznacza każdy indeks.",
    "How did your code number the symbols?": "Jak Twój kod numerował symbole?",
    "sorted set of the text's characters": "posortowany zbiór znaków tekstu",
    "the same, lower-cased (the Keras tutorial)": "to samo po zamianie na małe litery (jak w samouczku Keras)",
    "a JSON list of the symbols": "lista symboli w pliku JSON",
    "The symbols as a JSON list (index order)": "Symbole jako lista JSON (w kolejności indeksów)",
    "Training text (.txt, UTF-8)": "Tekst treningowy (.txt, UTF-8)",
    "…or paste the training text": "…albo wklej tekst treningowy",
    "Give the text the model was trained on: its symbols make the vocabulary.":
        "Podaj tekst, na którym model był trenowany: jego symbole tworzą słownik.",
    "{n} symbols, as many as the model predicts. First symbols: {first}":
        "{n} symboli, tyle, ile model przewiduje. Pierwsze symbole: {first}",
    "Open this model": "Otwórz ten model",
    # the model line (lstm.imported.describe)
    "{framework} {stack}, {input}, {V} symbols": "{framework} {stack}, {input}, {V} symboli",
    "LSTM({H})": "LSTM({H})",
    "LSTM({H}) × {L}": "LSTM({H}) × {L}",
    "one-hot input": "wejście one-hot",
    "embedding input (D = {D})": "wejście przez embedding (D = {D})",
    "scaled-index input": "wejście: skalowany indeks",
    "{input} input": "wejście {input}",
    # One step and Training
    "This model reads one number per step, the symbol's index divided by the vocabulary size V (the Keras "
    "tutorial's input): x_t = {k}/{V} = {x:.4f}, so each W·z has one input column, and the part from x is one "
    "product w·x.":
        "Ten model czyta jedną liczbę na krok: indeks symbolu podzielony przez rozmiar słownika V (wejście z "
        "samouczka Keras): x_t = {k}/{V} = {x:.4f}, więc każde W·z ma jedną kolumnę wejścia, a część od x to "
        "jeden iloczyn w·x.",
    "Start from": "Zacznij od",
    "a new model with the settings below": "nowego modelu z ustawieniami poniżej",
    "the sidebar's model: {line} (fine-tune it)": "modelu z panelu bocznego: {line} (dotrenuj go)",
    "Fine-tuning keeps the model's architecture and vocabulary (hidden units, layers, input) and trains it on a "
    "text of its symbols; the optimizer, learning rate, window, clipping and stopping rule below apply. The "
    "result can be downloaded as this app's .npz checkpoint.":
        "Dotrenowanie zachowuje architekturę i słownik modelu (jednostki ukryte, warstwy, wejście) i uczy go na "
        "tekście z jego symboli; obowiązują optymalizator, współczynnik uczenia, okno, przycinanie i warunek "
        "stopu ustawione poniżej. Wynik można pobrać jako plik .npz tej aplikacji.",
    # what the messages below quote
    "the file “{name}”": "plik „{name}”",
    "the file": "plik",
    "{what} (its model.weights.h5)": "{what} (jego model.weights.h5)",
    "[Embedding] → LSTM (1 to 3 stacked, same size) → [Dropout] → Dense(V, softmax or linear), with one-hot, "
    "Embedding or scaled-index (index / V) input":
        "[Embedding] → LSTM (1 do 3 warstw, tego samego rozmiaru) → [Dropout] → Dense(V, softmax lub liniowa), "
        "z wejściem one-hot, Embedding lub skalowanym indeksem (indeks / V)",
    "this app reads {SUPPORTED}": "ta aplikacja czyta {SUPPORTED}",
    "it holds Python code, which this app never runs": "zawiera kod Pythona, którego ta aplikacja nigdy nie uruchamia",
    "it reads the text in both directions; the course's LSTM reads left to right":
        "czyta tekst w obu kierunkach; LSTM z kursu czyta od lewej do prawej",
    "it is a GRU, not an LSTM": "to GRU, a nie LSTM",
    "it is a simple RNN, not an LSTM": "to prosta sieć RNN, a nie LSTM",
    "its weights use cuDNN's layout; rebuild the model with keras.layers.LSTM and load the weights":
        "jej wagi mają układ cuDNN; zbuduj model z keras.layers.LSTM i wczytaj do niego wagi",
    "Keras applies Dense to every step by itself: use Dense without TimeDistributed":
        "Keras sam stosuje Dense do każdego kroku: użyj Dense bez TimeDistributed",
    "it is a model inside the model; save a flat Sequential model":
        "to model wewnątrz modelu; zapisz płaski model Sequential",
    "it is a model inside the model; save a flat model": "to model wewnątrz modelu; zapisz płaski model",
    "an Embedding or an LSTM": "warstwy Embedding albo LSTM",
    "another LSTM, a Dropout or the Dense output layer": "kolejnej warstwy LSTM, Dropout albo wyjściowej Dense",
    "nothing more": "niczego więcej",
    "reads the text backwards": "czyta tekst od końca",
    "returns its states as outputs": "zwraca swoje stany jako wyjścia",
    "expects time-major input": "oczekuje wejścia z czasem jako pierwszym wymiarem",
    "it holds weights only (saved with save_weights), not the layers they belong to: save the whole model with "
    "model.save('model.keras')":
        "zawiera tylko wagi (zapisane przez save_weights), bez warstw, do których należą: zapisz cały model "
        "poleceniem model.save('model.keras')",
    "it holds no Keras model (no 'model_config' attribute)": "nie zawiera modelu Keras (brak atrybutu 'model_config')",
    " With the convention '{other}' this text gives exactly {V}.":
        " Z konwencją '{other}' ten tekst daje dokładnie {V}.",
    " (3H rows: a GRU, not an LSTM)": " (3H wierszy: to GRU, a nie LSTM)",
    " (bfloat16: convert with model.float() before saving)": " (bfloat16: przed zapisem zamień przez model.float())",
    "this is a PyTorch pickle (torch.save, .pt/.pth): opening it would run code from the file, so this app never "
    "does. Convert it once with: safetensors.torch.save_file(model.state_dict(), \"model.safetensors\")":
        "to plik pickle PyTorch (torch.save, .pt/.pth): otwarcie go uruchomiłoby kod z pliku, więc ta aplikacja "
        "nigdy tego nie robi. Zamień go raz poleceniem: safetensors.torch.save_file(model.state_dict(), "
        "\"model.safetensors\")",
    "no LSTM found by its PyTorch names (weight_ih_l0, weight_hh_l0, …): say which key is which":
        "nie znaleziono LSTM po nazwach z PyTorch (weight_ih_l0, weight_hh_l0, …): wskaż, który klucz jest którym",
    "the file holds {n} LSTMs ({names}); say which keys are which":
        "plik zawiera {n} sieci LSTM ({names}); wskaż, który klucz jest którym",
    # lstm/import_*.py and lstm/imported.py messages
    'the weights {name} are stored outside the file (external or virtual dataset); refused, only data inside the file is read':
        'wagi {name} są zapisane poza plikiem (zbiór zewnętrzny lub wirtualny); odrzucono, czytane są tylko dane z wnętrza pliku',
    'the weights {name} ({path}) are a group, not an array':
        'wagi {name} ({path}) są grupą, a nie tablicą',
    'the weights {name} have dtype {ds.dtype}; expected floating-point numbers (float16, float32 or float64)':
        'wagi {name} mają typ {ds.dtype}; oczekiwano liczb zmiennoprzecinkowych (float16, float32 lub float64)',
    'the weights {name} declare a negative size {ds.shape}':
        'wagi {name} deklarują ujemny rozmiar {ds.shape}',
    'the weights {name} have shape {found}; expected {tuple(shape)} for this model':
        'wagi {name} mają kształt {found}; dla tego modelu oczekiwano {tuple(shape)}',
    '{what}: the attribute {name} is not text':
        '{what}: atrybut {name} nie jest tekstem',
    '{what}: the attribute {name} is {len(value)} characters long, more than the limit of {checkpoint.MAX_META_BYTES}':
        '{what}: atrybut {name} ma {len(value)} znaków, więcej niż limit {checkpoint.MAX_META_BYTES}',
    '{what}: the attribute {name} is not a list of names':
        '{what}: atrybut {name} nie jest listą nazw',
    'reading Keras files needs the h5py package: pip install h5py':
        'do czytania plików Keras potrzebny jest pakiet h5py: pip install h5py',
    '{what} is damaged and cannot be read ({type(e).__name__}: {e})':
        '{what} jest uszkodzony i nie da się go odczytać ({type(e).__name__}: {e})',
    '{what} is not a readable HDF5 file: it is damaged or truncated ({e})':
        '{what} nie jest czytelnym plikiem HDF5: jest uszkodzony lub ucięty ({e})',
    '{what}: the file has no entry {path}':
        '{what}: plik nie ma wpisu {path}',
    '{what}: the entry {path} is a link to somewhere else ({type(link).__name__}); refused, only data inside the file is read':
        '{what}: wpis {path} jest odnośnikiem gdzie indziej ({type(link).__name__}); odrzucono, czytane są tylko dane z wnętrza pliku',
    'the weights {name} declare {dims} numbers; with the rest of the model that is more than the limit of {self.limit} bytes ({self.limit >> 20} MB)':
        'wagi {name} deklarują {dims} liczb; z resztą modelu to więcej niż limit {self.limit} bajtów ({self.limit >> 20} MB)',
    "the weights {name} use HDF5 filter number {code}, which is not one of {', '.join(ALLOWED_FILTERS.values())}; refused":
        "wagi {name} używają filtra HDF5 numer {code}, który nie jest żadnym z: {', '.join(ALLOWED_FILTERS.values())}; odrzucono",
    'the weights {name} cannot be read: the file is damaged or truncated ({e})':
        'nie da się odczytać wag {name}: plik jest uszkodzony lub ucięty ({e})',
    '{what}: the attribute {name} cannot be read ({e})':
        '{what}: nie da się odczytać atrybutu {name} ({e})',
    "the layer {layer.name} ({layer.cls}) holds {len(listed)} weight arrays; expected {len(wanted)} ({', '.join(wanted)})":
        "warstwa {layer.name} ({layer.cls}) zawiera {len(listed)} tablic wag; oczekiwano {len(wanted)} ({', '.join(wanted)})",
    'the output layer {p.dense.name} has {V} units; a model of symbols needs at least 2':
        'warstwa wyjściowa {p.dense.name} ma {V} jednostek; model symboli potrzebuje co najmniej 2',
    '{what}: {name} declares {info.file_size} bytes, more than the limit of {limit}':
        '{what}: {name} deklaruje {info.file_size} bajtów, więcej niż limit {limit}',
    '{what}: {name} is damaged (its size differs from what the zip declares)':
        '{what}: {name} jest uszkodzony (jego rozmiar różni się od zadeklarowanego w zipie)',
    '{what} is a zip without config.json and model.weights.h5: not a Keras 3 model':
        '{what} to zip bez config.json i model.weights.h5: to nie jest model Keras 3',
    "the Embedding {p.embedding.name} reads {c.get('input_dim')} symbols but the output layer predicts {V}: the app needs one vocabulary for both":
        "Embedding {p.embedding.name} czyta {c.get('input_dim')} symboli, a warstwa wyjściowa przewiduje {V}: aplikacja potrzebuje jednego słownika dla obu",
    '{what} is an HDF5 file, but {hint}':
        '{what} jest plikiem HDF5, ale {hint}',
    '{what} is damaged: its zip cannot be read ({e})':
        '{what} jest uszkodzony: nie da się odczytać jego zipa ({e})',
    'layer {k}, {layer.name} ({layer.cls}), cannot be imported here: {why}. Expected {expected} at this point.':
        'warstwy {k}, {layer.name} ({layer.cls}), nie da się tu zaimportować: {why}. W tym miejscu oczekiwano {expected}.',
    '{what}: the model configuration is not a JSON object':
        '{what}: konfiguracja modelu nie jest obiektem JSON',
    'layer {k} of the model configuration is not a layer description':
        'warstwa {k} konfiguracji modelu nie jest opisem warstwy',
    'layer {k}, {name} ({cls}), is a custom layer ({origin}): its code is not in the file, and this app never runs code from a file, so it cannot be shown. This app reads {SUPPORTED}':
        'warstwa {k}, {name} ({cls}), jest warstwą własną ({origin}): jej kodu nie ma w pliku, a ta aplikacja nigdy nie uruchamia kodu z pliku, więc nie da się jej pokazać. Ta aplikacja czyta {SUPPORTED}',
    '{what}: the file holds a {cls}, not a Keras model made of layers':
        '{what}: plik zawiera {cls}, a nie model Keras złożony z warstw',
    '{what}: the model configuration lists no layers':
        '{what}: konfiguracja modelu nie wymienia żadnych warstw',
    "LSTM {layer.name} uses activation {_activation(c.get('activation'))} and recurrent_activation {_activation(c.get('recurrent_activation'))}; the course's LSTM uses tanh and sigmoid (hard_sigmoid was the old Keras 2 default), so its numbers would differ from the file's":
        "LSTM {layer.name} używa activation {_activation(c.get('activation'))} i recurrent_activation {_activation(c.get('recurrent_activation'))}; LSTM z kursu używa tanh i sigmoidy (hard_sigmoid było dawnym domyślnym ustawieniem Keras 2), więc jego liczby różniłyby się od liczb z pliku",
    'LSTM {layer.name} has no valid number of units ({units})':
        'LSTM {layer.name} nie ma poprawnej liczby jednostek ({units})',
    'LSTM {layer.name} sits on LSTM {below.name}, which returns only its last step (return_sequences=False)':
        'LSTM {layer.name} leży na LSTM {below.name}, które zwraca tylko ostatni krok (return_sequences=False)',
    "the stacked LSTM layers have different sizes ({below.config.get('units')} and {units} units); this app shows stacks whose layers all have the same size H":
        "warstwy LSTM w stosie mają różne rozmiary ({below.config.get('units')} i {units} jednostek); ta aplikacja pokazuje stosy, w których wszystkie warstwy mają ten sam rozmiar H",
    'the model has no LSTM layer; this app reads {SUPPORTED}':
        'model nie ma warstwy LSTM; ta aplikacja czyta {SUPPORTED}',
    'the model stacks {len(lstms)} LSTM layers; this app shows 1 to {MAX_LAYERS}':
        'model ma {len(lstms)} warstw LSTM w stosie; ta aplikacja pokazuje od 1 do {MAX_LAYERS}',
    'the model ends without a Dense layer giving one score per symbol; this app reads {SUPPORTED}':
        'model kończy się bez warstwy Dense dającej jeden wynik na symbol; ta aplikacja czyta {SUPPORTED}',
    'the output layer {dense.name} uses activation {output}; this app reads next-symbol scores: softmax or linear (logits)':
        'warstwa wyjściowa {dense.name} używa aktywacji {output}; ta aplikacja czyta wyniki następnego symbolu: softmax albo liniowe (logity)',
    '{what}: the model configuration is not valid JSON':
        '{what}: konfiguracja modelu nie jest poprawnym JSON-em',
    "LSTM {layer.name} {why} ({flag}=True); the course's LSTM does not":
        'LSTM {layer.name} {why} ({flag}=True); LSTM z kursu tak nie robi',
    "layer {layer.name} ({layer.cls}) reads {feeds or 'nothing'} instead of the layer before it: this app reads one chain of layers, {SUPPORTED}":
        "warstwa {layer.name} ({layer.cls}) czyta {feeds or 'nothing'} zamiast warstwy przed nią: ta aplikacja czyta jeden łańcuch warstw, {SUPPORTED}",
    "Embedding {layer.name} masks index 0 (mask_zero=True): the model skips that symbol's steps, which the course's LSTM never does":
        'Embedding {layer.name} maskuje indeks 0 (mask_zero=True): model pomija kroki z tym symbolem, czego LSTM z kursu nigdy nie robi',
    "this file is not a model this app can open: expected a Keras .keras or .h5 file, a PyTorch .safetensors state_dict or one of this app's .npz checkpoints":
        'ten plik nie jest modelem, który ta aplikacja potrafi otworzyć: oczekiwano pliku Keras .keras lub .h5, state_dict PyTorch w .safetensors albo pliku .npz tej aplikacji',
    "this zip is neither a Keras .keras model (config.json + model.weights.h5) nor one of this app's .npz checkpoints":
        'ten zip nie jest ani modelem Keras .keras (config.json + model.weights.h5), ani plikiem .npz tej aplikacji',
    'the file is larger than {limit} bytes ({limit >> 20} MB), the limit for a model here':
        'plik jest większy niż {limit} bajtów ({limit >> 20} MB), limit dla modelu w tej aplikacji',
    'this zip holds a model file inside ({inner[0]}): unzip it and open {inner[0]} itself':
        'ten zip zawiera w środku plik modelu ({inner[0]}): rozpakuj go i otwórz sam {inner[0]}',
    'the model has H = {H} units, {V} symbols and an embedding of D = {D}; this app shows models of 1 to {MAX_HIDDEN} units, 2 to {MAX_VOCAB} symbols and D up to {MAX_HIDDEN}':
        'model ma H = {H} jednostek, {V} symboli i embedding D = {D}; ta aplikacja pokazuje modele od 1 do {MAX_HIDDEN} jednostek, od 2 do {MAX_VOCAB} symboli i D do {MAX_HIDDEN}',
    'the file looks like a zip but cannot be read: it is damaged or truncated ({e})':
        'plik wygląda na zip, ale nie da się go odczytać: jest uszkodzony lub ucięty ({e})',
    'the training text does not fit the vocabulary: {e}':
        'tekst treningowy nie pasuje do słownika: {e}',
    'cannot read {os.fspath(file)}: {e.strerror or e}':
        'nie można odczytać {os.fspath(file)}: {e.strerror or e}',
    '{what} is too short to be a safetensors file ({len(data)} bytes)':
        '{what} jest za krótki, by był plikiem safetensors ({len(data)} bajtów)',
    '{what} declares a header of {n} bytes, more than the limit of {checkpoint.MAX_META_BYTES}':
        '{what} deklaruje nagłówek o {n} bajtach, więcej niż limit {checkpoint.MAX_META_BYTES}',
    '{what} is truncated: its header needs {n} bytes but the file holds {len(data) - 8}':
        '{what} jest ucięty: jego nagłówek potrzebuje {n} bajtów, a plik ma {len(data) - 8}',
    '{what} is not a safetensors file (its header is not a JSON object)':
        '{what} nie jest plikiem safetensors (jego nagłówek nie jest obiektem JSON)',
    'the safetensors entry {name} is malformed (dtype, shape and data_offsets expected)':
        'wpis safetensors {name} jest błędny (oczekiwano dtype, shape i data_offsets)',
    'the LSTM stacks {layers} layers; this app shows 1 to {MAX_LAYERS}':
        'LSTM ma {layers} warstw w stosie; ta aplikacja pokazuje od 1 do {MAX_LAYERS}',
    "found {len(linear)} candidates for the output nn.Linear (a weight of shape (V, {H}) with its bias): {', '.join(linear) or 'none'}; say which keys are which":
        "znaleziono {len(linear)} kandydatów na wyjściowe nn.Linear (waga o kształcie (V, {H}) z biasem): {', '.join(linear) or 'none'}; wskaż, który klucz jest którym",
    "several tensors could be the nn.Embedding ({', '.join(table)}); say which keys are which":
        "kilka tensorów może być nn.Embedding ({', '.join(table)}); wskaż, który klucz jest którym",
    'the file also holds {left[0]} {tuple(rest[left[0]])}, which is not part of nn.Embedding → nn.LSTM → nn.Linear: if the model has more layers, this app cannot show it; if not, say which keys are which':
        'plik zawiera też {left[0]} {tuple(rest[left[0]])}, który nie należy do nn.Embedding → nn.LSTM → nn.Linear: jeśli model ma więcej warstw, ta aplikacja nie może go pokazać; jeśli nie, wskaż, który klucz jest którym',
    "the LSTM's first layer weights (weight_ih_l0, weight_hh_l0) are missing":
        'brakuje wag pierwszej warstwy LSTM (weight_ih_l0, weight_hh_l0)',
    "{roles['weight_hh_l0']} has shape {hh} and {roles['weight_ih_l0']} {ih}; an LSTM's are (4H, H) and (4H, X){gru}":
        "{roles['weight_hh_l0']} ma kształt {hh}, a {roles['weight_ih_l0']} {ih}; w LSTM są to (4H, H) i (4H, X){gru}",
    '{unknown[0]} belongs to a layer beyond the {L} the weight_ih keys name':
        '{unknown[0]} należy do warstwy spoza {L} wskazanych przez klucze weight_ih',
    "unknown role {sorted(set(roles) - set(ROLES))[0]}; roles: {', '.join(ROLES)}":
        "nieznana rola {sorted(set(roles) - set(ROLES))[0]}; role: {', '.join(ROLES)}",
    '{what} is not a safetensors file (its header is not JSON)':
        '{what} nie jest plikiem safetensors (jego nagłówek nie jest JSON-em)',
    "{what}: tensor {name} declares {' × '.join(map(str, shape))} numbers; with the rest that is more than the limit of {checkpoint.MAX_TOTAL_BYTES} bytes ({checkpoint.MAX_TOTAL_BYTES >> 20} MB)":
        "{what}: tensor {name} deklaruje {' × '.join(map(str, shape))} liczb; z resztą to więcej niż limit {checkpoint.MAX_TOTAL_BYTES} bajtów ({checkpoint.MAX_TOTAL_BYTES >> 20} MB)",
    '{what} is truncated: tensor {name} ends at byte {span[1]} of the data, but the file holds {body}':
        '{what} jest ucięty: tensor {name} kończy się na bajcie {span[1]} danych, a plik ma {body}',
    '{what}: tensor {name} declares shape {shape} ({dtype}) but a byte range of {span[1] - span[0]}: the file is damaged or forged':
        '{what}: tensor {name} deklaruje kształt {shape} ({dtype}), ale zakres {span[1] - span[0]} bajtów: plik jest uszkodzony lub podrobiony',
    "cannot read {line.strip()} as 'role = key'; roles: {', '.join(ROLES[:4])} (…_l1, _l2), embedding.weight, linear.weight, linear.bias":
        "nie można odczytać {line.strip()} jako 'rola = klucz'; role: {', '.join(ROLES[:4])} (…_l1, _l2), embedding.weight, linear.weight, linear.bias",
    "the file holds a bidirectional LSTM ({key}); the course's LSTM reads left to right":
        'plik zawiera dwukierunkowy LSTM ({key}); LSTM z kursu czyta od lewej do prawej',
    "the file holds an LSTM with projections ({key}, proj_size > 0); the course's LSTM has none":
        'plik zawiera LSTM z projekcjami ({key}, proj_size > 0); LSTM z kursu ich nie ma',
    "the file has no tensor {missing[0]}; it holds {', '.join(sorted(tensors)[:12])}":
        "plik nie ma tensora {missing[0]}; zawiera {', '.join(sorted(tensors)[:12])}",
    'no tensor plays the role {role}; say which key it is':
        'żaden tensor nie pełni roli {role}; wskaż, który to klucz',
    'layer {k} of the LSTM has no weight_ih_l{k} or weight_hh_l{k}':
        'warstwa {k} LSTM nie ma weight_ih_l{k} albo weight_hh_l{k}',
    'reading .safetensors files needs the safetensors package: pip install safetensors':
        'do czytania plików .safetensors potrzebny jest pakiet safetensors: pip install safetensors',
    '{what} cannot be read as safetensors ({e})':
        '{what} nie da się odczytać jako safetensors ({e})',
    'tensor {key} has dtype {dtype}; expected float16, float32 or float64{hint}':
        'tensor {key} ma typ {dtype}; oczekiwano float16, float32 lub float64{hint}',
    'tensor {key} ({role}) has shape {shape}; expected {shapes[role]}':
        'tensor {key} ({role}) ma kształt {shape}; oczekiwano {shapes[role]}',
    'the vocabulary JSON must be a list of symbols or a dict symbol → index':
        'JSON słownika musi być listą symboli albo słownikiem symbol → indeks',
    'the vocabulary has {n} symbols but the model predicts {V} (its output layer has {V} units): the text or the convention is not the one the model was trained with.{hint}':
        'słownik ma {n} symboli, a model przewiduje {V} (jego warstwa wyjściowa ma {V} jednostek): tekst albo konwencja nie są tymi, z którymi model był trenowany.{hint}',
    'the vocabulary lists {len(symbols)} symbols; expected 2 to {MAX_VOCAB}':
        'słownik wymienia {len(symbols)} symboli; oczekiwano od 2 do {MAX_VOCAB}',
    "the vocabulary's symbols must be non-empty text strings":
        'symbole słownika muszą być niepustymi napisami',
    'the vocabulary lists the symbol {twice} more than once':
        'słownik wymienia symbol {twice} więcej niż raz',
    'unknown vocabulary convention {convention}: use sorted, lower or json':
        'nieznana konwencja słownika {convention}: użyj sorted, lower albo json',
    'the vocabulary is built from the training text: give the text the model learned':
        'słownik powstaje z tekstu treningowego: podaj tekst, którego model się uczył',
    'a JSON object of symbol → index must number the symbols 0, 1, 2, … without gaps':
        'obiekt JSON symbol → indeks musi numerować symbole 0, 1, 2, … bez przerw',
    'a JSON object of index → symbol must number the symbols 0, 1, 2, … without gaps':
        'obiekt JSON indeks → symbol musi numerować symbole 0, 1, 2, … bez przerw',
    'the vocabulary file is not valid JSON (UTF-8)':
        'plik słownika nie jest poprawnym JSON-em (UTF-8)',
    "the 'json' convention needs a JSON file listing the symbols":
        "konwencja 'json' wymaga pliku JSON z listą symboli",
    "the first LSTM reads {X} numbers per step, but the model predicts {V} symbols: the input is neither one-hot ({V} numbers), an Embedding layer, nor a scaled index (1 number, index / {V}), so this app cannot tell what a symbol's input is":
        'pierwszy LSTM czyta {X} liczb na krok, a model przewiduje {V} symboli: wejście nie jest ani one-hot ({V} liczb), ani warstwą Embedding, ani skalowanym indeksem (1 liczba, indeks / {V}), więc aplikacja nie wie, jak wygląda wejście symbolu',
    'a packed LSTM array has {array.shape[axis]} entries along its gate axis; expected 4 × {H} = {4 * H}':
        'spakowana tablica LSTM ma {array.shape[axis]} pozycji wzdłuż osi bramek; oczekiwano 4 × {H} = {4 * H}',
    'the weights {name} contain {bad} NaN or infinite value(s); the model is broken (training diverged?) and cannot be shown':
        'wagi {name} zawierają {bad} wartości NaN lub nieskończonych; model jest zepsuty (trening się rozbiegł?) i nie da się go pokazać',
    # --- inputs: one text reader, symbol labels, CSV, how each checkpoint is sampled (lstm/text.py, usage.py,
    # sample.py; ui/setup.py, pages/6_Generate.py, charts/report.py) ------------------------------------------
    "the text has {n:,} characters; the limit is {limit:,}": "tekst ma {n:,} znaków; limit to {limit:,}",
    "the file is not UTF-8 text (byte {byte} cannot be read); save it as UTF-8 and try again":
        "plik nie jest tekstem UTF-8 (nie da się odczytać bajtu {byte}); zapisz go w UTF-8 i spróbuj ponownie",
    "{where} is not UTF-8 text (byte {byte} cannot be read); save it as UTF-8 and try again":
        "{where} nie jest tekstem UTF-8 (nie da się odczytać bajtu {byte}); zapisz go w UTF-8 i spróbuj ponownie",
    "a text must be bytes or a string, got {name}": "tekst musi być ciągiem bajtów lub napisem, podano {name}",
    "temperature must be a finite number ≥ 0 (0 = greedy), got {temperature}":
        "temperatura musi być skończoną liczbą ≥ 0 (0 = wybór zachłanny), podano {temperature}",
    "length must be a whole number from 0 to {limit}, got {length}":
        "długość musi być liczbą całkowitą od 0 do {limit}, podano {length}",
    "top-k must be a whole number ≥ 0 (0 = every symbol), got {top_k}":
        "top-k musi być liczbą całkowitą ≥ 0 (0 = wszystkie symbole), podano {top_k}",
    "the prime has {n} {unit}; the limit is {limit}": "tekst początkowy ma {n} {unit}; limit to {limit}",
    "characters": "znaków",
    "symbols": "symboli",
    "this checkpoint holds a series model (one number per step), but sampling needs a text model: a series model "
    "predicts numbers, not symbols (open it in the app's Gates and Cell state pages)":
        "ten plik zawiera model szeregu liczb (jedna liczba na krok), a do generowania potrzebny jest model "
        "tekstowy: model szeregu przewiduje liczby, nie symbole (otwórz go w aplikacji na stronach Bramki i Stan "
        "komórki)",
    "This is a names model: it learnt one name per line, each from a fresh state. So it writes one name per line, "
    "and its state restarts after every newline; an empty prime starts a new name.":
        "To model imion: uczył się jednego imienia na wiersz, każdego od czystego stanu. Dlatego pisze jedno imię "
        "w wierszu, a jego stan zaczyna się od nowa po każdym znaku nowego wiersza; pusty tekst początkowy zaczyna "
        "nowe imię.",
    "This model's checkpoint holds a training text it cannot read, so there is nothing to recite.":
        "Plik tego modelu zawiera tekst treningowy, którego model nie potrafi przeczytać, więc nie ma czego "
        "recytować.",
    "The model's vocabulary": "Słownik modelu",
    "This checkpoint does not store its training text (texts over 512 KB are left out of checkpoints), so the "
    "pages show the model's vocabulary as its text. To see the model read a real text, choose “My own text” and "
    "type or paste one.":
        "Ten plik nie zawiera tekstu treningowego (teksty ponad 512 KB nie są zapisywane w plikach modeli), więc "
        "strony pokazują jako tekst słownik modelu. Aby zobaczyć, jak model czyta prawdziwy tekst, wybierz „Mój "
        "własny tekst” i wpisz lub wklej go.",
    "This checkpoint's training text has symbols the model does not know (it may come from an older version of "
    "the app), so the pages show the model's vocabulary as its text. To see the model read a real text, choose "
    "“My own text” and type one.":
        "Tekst treningowy w tym pliku ma symbole, których model nie zna (może pochodzić ze starszej wersji "
        "aplikacji), więc strony pokazują jako tekst słownik modelu. Aby zobaczyć, jak model czyta prawdziwy "
        "tekst, wybierz „Mój własny tekst” i wpisz go.",
    "No training text is stored with this model": "Z tym modelem nie zapisano tekstu treningowego",
    "The figures and samples use the model's vocabulary as the text ({n} characters):":
        "Wykresy i próbki używają słownika modelu jako tekstu (liczba znaków: {n}):",
    "Estimate: none yet — {why}.": "Szacunek: jeszcze żadnego — {why}.",
    "too few measured points yet": "za mało zmierzonych punktów",
    "the loss is not falling steadily": "strata nie spada równomiernie",
    "the trend is not stable yet: the last half and the last quarter of the run point to different finishes":
        "trend nie jest jeszcze stały: ostatnia połowa i ostatnia ćwiartka przebiegu wskazują różne końce",
    "the target is too far away to extrapolate: more than 10 times the iterations the trend is measured over":
        "cel jest za daleko, by go ekstrapolować: ponad 10 razy dalej niż iteracje, na których zmierzono trend",
    "lower it or turn clipping on": "zmniejsz go albo włącz przycinanie gradientu",
    "lower it; clipping is already on: {clipping}": "zmniejsz go; przycinanie gradientu jest już włączone: {clipping}",
    "each gradient clipped to ±{clip:g}": "każda składowa gradientu przycięta do ±{clip:g}",
    "the gradient norm clipped to {clip_norm:g}": "norma gradientu przycięta do {clip_norm:g}",
    "each gradient clipped to ±{clip:g} and the gradient norm clipped to {clip_norm:g}":
        "każda składowa gradientu przycięta do ±{clip:g} i norma gradientu przycięta do {clip_norm:g}",
    # --- figure text alternatives for screen readers (charts/alt.py, through ui.widgets.plot) ----------
    "An empty heatmap.": "Pusta mapa ciepła.",
    "Heatmap, {rows} × {cols} cells (rows: {y_title}; columns: {x_title}); values from {lo} to {hi}; "
    "the farthest from zero is {value} at {x_title} {x}{label}, {y_title} {y}.":
        "Mapa ciepła, {rows} × {cols} komórek (wiersze: {y_title}; kolumny: {x_title}); wartości od {lo} do {hi}; "
        "najdalej od zera jest {value} w miejscu: {x_title} {x}{label}, {y_title} {y}.",
    "A bar chart with no values.": "Wykres słupkowy bez wartości.",
    " in {k} series": " w {k} seriach",
    "Bar chart of {n} bars{series}; the longest is {label}{owner}: {value}.":
        "Wykres słupkowy, liczba słupków: {n}{series}; najdłuższy to {label}{owner}: {value}.",
    "A chart with no values.": "Wykres bez wartości.",
    "Line chart of {k} line(s)": "Wykres liniowy, liczba linii: {k}",
    "Scatter plot in {k} group(s)": "Wykres punktowy, liczba grup: {k}",
    ", {n} points each at most; {y_title} from {lo} to {hi}; the highest is {value}{owner} at {x_title} {x}.":
        ", w każdej co najwyżej {n} pkt; {y_title} od {lo} do {hi}; najwyższa wartość to {value}{owner} "
        "w miejscu: {x_title} {x}.",
    "Diagram; its labels: {labels}.": "Schemat; jego etykiety: {labels}.",
    "A figure.": "Rysunek.",
    # Cell state: the character range without dragging (pages/4_Cell_state.py)
    "From step": "Od kroku",
    "To step": "Do kroku",
    "The same range as the slider above, typed or changed with the arrow keys.":
        "Ten sam zakres co na suwaku powyżej, wpisany lub zmieniany strzałkami.",

    # --- predict, then see (issue 15): ui/predict.py, ui/one_step.py, ui/practice.py, ui/guesses.py, ui/quiz.py,
    # the Check yourself page, ablation on Find the neuron, lstm/quiz_templates.py's questions -------------------
    "Predict before you see": "Najpierw zgadnij, potem zobacz",
    "On: the pages ask for your guess before they show the model's numbers. Off: everything is shown at once.":
        "Włączone: strony pytają o Twój typ, zanim pokażą liczby modelu. Wyłączone: wszystko widać od razu.",
    "Give every guess first.": "Najpierw podaj wszystkie typy.",
    "Reveal": "Odsłoń",
    "Your score this session: {right} of {total} {what} (rounds played: {rounds}).":
        "Twój wynik w tej sesji: {right} z {total} ({what}; rozegrane rundy: {rounds}).",
    "closer to 1": "bliżej 1",
    "closer to 0": "bliżej 0",
    "Exercise": "Ćwiczenie",
    "Predict, then reveal": "Zgadnij, potem odsłoń",
    "Practice with fading": "Ćwiczenie z zanikającymi podpowiedziami",
    "Predictions are asked for an LSTM's gates; this model is not an LSTM, so everything is shown.":
        "Typy dotyczą bramek LSTM; ten model nie jest siecią LSTM, więc wszystko jest pokazane od razu.",
    "The whole step": "Cały krok",
    "nothing in particular": "nic szczególnego",
    "For the gates, just say closer to 0 or closer to 1": "Dla bramek wystarczy: bliżej 0 czy bliżej 1",
    "Your guesses and the real values": "Twoje typy i prawdziwe wartości",
    "quantity": "wielkość",
    "your guess": "Twój typ",
    "true value": "prawdziwa wartość",
    "error": "błąd",
    "close?": "blisko?",
    "guesses close": "typy blisko prawdy",
    "the previous h (h_prev)": "poprzednie h (h_prev)",
    "the bias": "bias (wyraz wolny)",
    "the input {ch}": "wejście {ch}",
    "from the layer below": "z warstwy niżej",
    " and ": " i ",
    "C = f·C_prev + i·C̃ = {sum}: mostly kept from C_prev": "C = f·C_prev + i·C̃ = {sum}: głównie zachowane z C_prev",
    "C = f·C_prev + i·C̃ = {sum}: mostly written from C̃": "C = f·C_prev + i·C̃ = {sum}: głównie zapisane z C̃",
    "h = o·tanh(C) = {o:.2f}·{tanh_c}: the output gate lets little of the memory out":
        "h = o·tanh(C) = {o:.2f}·{tanh_c}: bramka wyjściowa wypuszcza niewiele z pamięci",
    "h = o·tanh(C) = {o:.2f}·{tanh_c}: the output gate lets most of tanh(C) out":
        "h = o·tanh(C) = {o:.2f}·{tanh_c}: bramka wyjściowa wypuszcza większość tanh(C)",
    "C̃ is positive: pushed up by {who} ({numbers})": "C̃ jest dodatnie: w górę pchają je: {who} ({numbers})",
    "C̃ is negative: pushed down by {who} ({numbers})": "C̃ jest ujemne: w dół pchają je: {who} ({numbers})",
    "{g} is high: pushed up by {who} ({numbers})": "{g} jest wysokie: w górę pchają je: {who} ({numbers})",
    "{g} is low: pushed down by {who} ({numbers})": "{g} jest niskie: w dół pchają je: {who} ({numbers})",
    "Before this step, unit {u} had h_prev = {h:.4f} and C_prev = {c:.4f}. The input is {ch}. Guess what the "
    "unit computes now, then press **Reveal**.":
        "Przed tym krokiem jednostka {u} miała h_prev = {h:.4f} i C_prev = {c:.4f}. Wejście to {ch}. Zgadnij, "
        "co jednostka teraz obliczy, a potem naciśnij **Odsłoń**.",
    "Close = within ±{tol} (a gate answered as closer to 0 / 1: on the right side of 0.5). This round: {right} of "
    "{total}.":
        "Blisko = w granicach ±{tol} (bramka podana jako bliżej 0 / 1: po właściwej stronie 0,5). Ta runda: "
        "{right} z {total}.",
    "Your guesses and the real values, unit {u} at step {t}": "Twoje typy i prawdziwe wartości, jednostka {u}, krok {t}",
    "real value": "prawdziwa wartość",
    "Hint: add these three parts, then apply σ: {parts}": "Podpowiedź: dodaj te trzy części i zastosuj σ: {parts}",
    "Hint: add these three parts, then apply tanh: {parts}":
        "Podpowiedź: dodaj te trzy części i zastosuj tanh: {parts}",
    "Hint: combine {parts} as C = f·C_prev + i·C̃": "Podpowiedź: połącz {parts} jako C = f·C_prev + i·C̃",
    "Hint: combine {parts} as h = o·tanh(C)": "Podpowiedź: połącz {parts} jako h = o·tanh(C)",
    "your own {name}": "Twoje własne {name}",
    "answers right": "odpowiedzi poprawne",
    "There is no next step to practise on: pick an earlier position.":
        "Nie ma następnego kroku do ćwiczenia: wybierz wcześniejszą pozycję.",
    "Check": "Sprawdź",
    "Show the answers": "Pokaż odpowiedzi",
    "Your {name} at step {s}": "Twoje {name} w kroku {s}",
    "Your turn: step {s} ({k} of {n})": "Twoja kolej: krok {s} ({k} z {n})",
    "The equations you know are worked out; type the blank ones (to ±{tol:g}), in order: the later ones use the "
    "earlier ones.":
        "Równania, które już znasz, są rozpisane; wpisz puste (z dokładnością ±{tol:g}) po kolei: późniejsze "
        "korzystają z wcześniejszych.",
    "Next step": "Następny krok",
    "✓ Right: {name} = {v:.4f} in the recorded run.": "✓ Dobrze: {name} = {v:.4f} w zapisanym przebiegu.",
    "Step {s} done. The next step leaves one more equation blank.":
        "Krok {s} gotowy. Następny krok zostawia o jedno równanie więcej do uzupełnienia.",
    "Done: you worked through {n} steps, the last one with every equation blank.":
        "Gotowe: przeszedłeś/przeszłaś przez kroki (liczba: {n}), w ostatnim każde równanie było puste.",
    "Type a number for {name}.": "Wpisz liczbę dla {name}.",
    "✗ Not yet: {typed:.4f} is more than {tol:g} away. Use the hint and try again.":
        "✗ Jeszcze nie: {typed:.4f} różni się o więcej niż {tol:g}. Skorzystaj z podpowiedzi i spróbuj znowu.",
    "Guess what the model writes": "Zgadnij, co napisze model",
    "The recitation shows what the model writes greedily, so it would give your guesses away.":
        "Recytacja pokazuje, co model pisze zachłannie, więc zdradziłaby odpowiedzi na Twoje typy.",
    "Show the recitation": "Pokaż recytację",
    "After the prime {prime}, temperature {t:g}, seed {s}; the text so far (the rest stays hidden until you "
    "guess it):":
        "Po tekście początkowym {prime}, temperatura {t:g}, ziarno {s}; dotychczasowy tekst (reszta pozostaje "
        "ukryta, dopóki jej nie zgadniesz):",
    "Next symbol": "Następny symbol",
    "Which symbol will the model write next?": "Jaki symbol model napisze teraz?",
    "How sure will the model be of the symbol it writes (its probability)?":
        "Jak pewny będzie model symbolu, który napisze (jego prawdopodobieństwo)?",
    "Choose a symbol": "Wybierz symbol",
    "symbols matched": "trafione symbole",
    "✓ Match.": "✓ Trafione.",
    "✗ No match.": "✗ Nietrafione.",
    "You guessed {guess} with probability {gp:.2f}; the model wrote {chosen} with probability {p:.2f} (your "
    "confidence was off by {err:+.2f}).":
        "Twój typ: {guess} z prawdopodobieństwem {gp:.2f}; model napisał {chosen} z prawdopodobieństwem {p:.2f} "
        "(Twoja pewność różniła się o {err:+.2f}).",
    "This session your guesses matched the model's choice {right} of {total} times ({pct:.0%}).":
        "W tej sesji Twoje typy zgodziły się z wyborem modelu {right} z {total} razy ({pct:.0%}).",
    "**Predict first.** For the fresh RNN and LSTM below (same H, seed and initial weights), how many steps back "
    "does the gradient of the last step's loss shrink to 1/1000 of its size?":
        "**Najpierw zgadnij.** Ile kroków wstecz gradient straty z ostatniego kroku maleje do 1/1000 swojej "
        "wielkości w świeżych sieciach RNN i LSTM poniżej (to samo H, ziarno i wagi początkowe)?",
    "RNN (fresh): ‖∂L_T/∂h_t‖": "RNN (świeża): ‖∂L_T/∂h_t‖",
    "LSTM (fresh): ‖∂L_T/∂C_t‖": "LSTM (świeża): ‖∂L_T/∂C_t‖",
    "RNN: how many steps back (T − t) until ‖∂L_T/∂h_t‖ is below 1/1000 of its value at T − t = 0?":
        "RNN: ile kroków wstecz (T − t), zanim ‖∂L_T/∂h_t‖ spadnie poniżej 1/1000 wartości przy T − t = 0?",
    "LSTM: how many steps back (T − t) until ‖∂L_T/∂C_t‖ is below 1/1000 of its value at T − t = 0?":
        "LSTM: ile kroków wstecz (T − t), zanim ‖∂L_T/∂C_t‖ spadnie poniżej 1/1000 wartości przy T − t = 0?",
    "{n} = not within this text.": "{n} = nie w obrębie tego tekstu.",
    "Reveal the curves": "Odsłoń krzywe",
    "distances close": "odległości blisko prawdy",
    "{label}: measured {m} steps back; you guessed {g}.": "{label}: zmierzono {m} kroków wstecz; Twój typ: {g}.",
    "{label}: it does not fall that far within these {n} steps; you guessed {g}.":
        "{label}: nie spada aż tak w obrębie tych kroków (liczba: {n}); Twój typ: {g}.",
    "your guess: {safe(label)}": "Twój typ: {safe(label)}",
    "1/1000 of {safe(label)} at T − t = 0": "1/1000 z {safe(label)} przy T − t = 0",
    "measured: {safe(label)}": "zmierzono: {safe(label)}",
    "Does the model use it? Switch the unit off": "Czy model jej używa? Wyłącz jednostkę",
    "Correlation only says a unit's value follows the property. To see whether the model **uses** the unit for "
    "it, run the text again with the unit switched off and compare the loss −ln y[target] on the characters where "
    "the property holds with the others.":
        "Korelacja mówi tylko, że wartość jednostki podąża za cechą. Aby sprawdzić, czy model **używa** do niej "
        "tej jednostki, tekst jest przetwarzany ponownie z wyłączoną jednostką i porównywana jest strata "
        "−ln y[target] na znakach, gdzie cecha zachodzi, z pozostałymi.",
    "Unit to switch off": "Jednostka do wyłączenia",
    "h: the unit's output is set to 0 at every step. C: its memory is cleared before every step (C = f·0 + i·C̃), "
    "so it remembers nothing from one character to the next.":
        "h: wyjście jednostki jest zerowane w każdym kroku. C: jej pamięć jest czyszczona przed każdym krokiem "
        "(C = f·0 + i·C̃), więc niczego nie przenosi z jednego znaku na następny.",
    "Loss rise where '{p}' holds": "Wzrost straty tam, gdzie zachodzi '{p}'",
    "Loss rise elsewhere": "Wzrost straty w pozostałych miejscach",
    "{v:+.3f} nats per character": "{v:+.3f} nata na znak",
    "Mean over {n} characters.": "Średnia ze znaków (liczba: {n}).",
    "Switching {u} off hurts the prediction where '{p}' holds {ratio:.1f}× as much as elsewhere: the model uses "
    "this unit for the property.":
        "Wyłączenie {u} psuje przewidywanie tam, gdzie zachodzi '{p}', {ratio:.1f}× bardziej niż gdzie indziej: "
        "model używa tej jednostki do tej cechy.",
    "Switching {u} off hurts the prediction, but not mainly where '{p}' holds: the unit matters, and not "
    "specifically for this property.":
        "Wyłączenie {u} psuje przewidywanie, ale nie głównie tam, gdzie zachodzi '{p}': jednostka jest ważna, "
        "lecz nie akurat dla tej cechy.",
    "Switching {u} off hardly changes the loss (less than {th:g} nats per character on both sides): whatever it "
    "follows, the model does not rely on it.":
        "Wyłączenie {u} prawie nie zmienia straty (mniej niż {th:g} nata na znak po obu stronach): za czymkolwiek "
        "podąża, model na niej nie polega.",
    "'{p}' holds everywhere or nowhere in this text: there is nothing to compare.":
        "'{p}' zachodzi w tym tekście wszędzie albo nigdzie: nie ma czego porównywać.",
    "Loss rise per character with unit {u} switched off": "Wzrost straty na znak po wyłączeniu jednostki {u}",
    "Loss rise per character with unit {name} switched off": "Wzrost straty na znak po wyłączeniu jednostki {name}",
    "loss rise (nats)": "wzrost straty (naty)",
    "loss rise": "wzrost straty",
    "No character has a next symbol to predict.": "Żaden znak nie ma następnego symbolu do przewidzenia.",
    "'{safe(label)}' holds": "zachodzi '{safe(label)}'",
    "elsewhere": "gdzie indziej",
    "Check yourself": "Sprawdź się",
    "Questions about **this** model on **this** text: every answer is read from the numbers the model computed, "
    "so there is no answer key to memorise. Pick an answer: it is checked at once, and the explanation shows the "
    "equation and the numbers behind it.":
        "Pytania o **ten** model na **tym** tekście: każda odpowiedź jest odczytana z liczb, które model obliczył, "
        "więc nie ma klucza odpowiedzi do zapamiętania. Wybierz odpowiedź: jest sprawdzana od razu, a wyjaśnienie "
        "pokazuje równanie i liczby, które za nią stoją.",
    "The questions are made from templates: a gate's value at a step, what C becomes when f ≈ 1 and i ≈ 0, h "
    "against C, which part of W·z + b pushes a gate, what temperature does, which symbol the model expects next. "
    "Each template picks its step and unit at random from the run (seeded by the question set), so another model, "
    "another text or another question set gives other numbers. Your first answer counts; testing yourself like "
    "this helps you remember more than reading again (Roediger & Karpicke, 2006).":
        "Pytania powstają z szablonów: wartość bramki w danym kroku, czym staje się C, gdy f ≈ 1 i i ≈ 0, h a C, "
        "która część W·z + b pcha bramkę, co robi temperatura, jakiego symbolu model spodziewa się dalej. Każdy "
        "szablon losuje krok i jednostkę z przebiegu (ziarnem jest numer zestawu pytań), więc inny model, inny "
        "tekst albo inny zestaw daje inne liczby. Liczy się pierwsza odpowiedź; takie sprawdzanie siebie pomaga "
        "zapamiętać więcej niż ponowne czytanie (Roediger i Karpicke, 2006).",
    "Question set": "Zestaw pytań",
    "Each number gives other steps and units to ask about.": "Każdy numer pyta o inne kroki i jednostki.",
    "New questions": "Nowe pytania",
    "No question can be made from this run: try a longer text or another model.":
        "Z tego przebiegu nie da się ułożyć pytań: spróbuj dłuższego tekstu albo innego modelu.",
    "Score: {right} of {answered} answered ({n} questions)": "Wynik: {right} z {answered} udzielonych odpowiedzi "
                                                             "(pytań: {n})",
    "All answered. The report below includes your score and your answers.":
        "Wszystko odpowiedziane. Raport poniżej zawiera Twój wynik i odpowiedzi.",
    "✓ Right. ": "✓ Dobrze. ",
    "✗ Not quite: the answer is {answer}. ": "✗ Niezupełnie: odpowiedź to {answer}. ",
    "(not answered)": "(bez odpowiedzi)",
    "question": "pytanie",
    "your answer": "Twoja odpowiedź",
    "right answer": "poprawna odpowiedź",
    "explanation": "wyjaśnienie",
    "Score: {right} of {answered} answered ({n} questions), on questions generated from this model's run.":
        "Wynik: {right} z {answered} udzielonych odpowiedzi (pytań: {n}), na pytania ułożone z przebiegu tego "
        "modelu.",
    # lstm/quiz_templates.py (questions, options, explanations)
    "At step {t}, after reading {context}, is unit {u}'s gate {g} above 0.5?":
        "W kroku {t}, po przeczytaniu {context}: czy bramka {g} jednostki {u} jest powyżej 0,5?",
    "yes": "tak",
    "no": "nie",
    "{g} = σ(W_{g}·z + b_{g}) = σ({a:.2f}) = {v:.2f}, above 0.5: σ(a) > 0.5 exactly when the pre-activation "
    "a = W_{g}·z + b_{g} is positive.":
        "{g} = σ(W_{g}·z + b_{g}) = σ({a:.2f}) = {v:.2f}, powyżej 0,5: σ(a) > 0,5 dokładnie wtedy, gdy "
        "pobudzenie a = W_{g}·z + b_{g} jest dodatnie.",
    "{g} = σ(W_{g}·z + b_{g}) = σ({a:.2f}) = {v:.2f}, below 0.5: σ(a) < 0.5 exactly when the pre-activation "
    "a = W_{g}·z + b_{g} is negative.":
        "{g} = σ(W_{g}·z + b_{g}) = σ({a:.2f}) = {v:.2f}, poniżej 0,5: σ(a) < 0,5 dokładnie wtedy, gdy "
        "pobudzenie a = W_{g}·z + b_{g} jest ujemne.",
    "At step {t}, after reading {context}, unit {u} has f = {f:.2f}, i = {i:.2f}, C_prev = {cp:.2f} and "
    "C̃ = {cb:.2f}. Which value is the new C closest to?":
        "W kroku {t}, po przeczytaniu {context}, jednostka {u} ma f = {f:.2f}, i = {i:.2f}, C_prev = {cp:.2f} "
        "i C̃ = {cb:.2f}. Do której wartości najbliżej jest nowe C?",
    "C = f·C_prev + i·C̃ = {f:.2f}·{cpb} + {i:.2f}·{cbb} = {c:.2f}. The forget gate f is the share of the old "
    "memory C_prev that is KEPT: f ≈ 1 means keep, not forget; f ≈ 0 would wipe the memory.":
        "C = f·C_prev + i·C̃ = {f:.2f}·{cpb} + {i:.2f}·{cbb} = {c:.2f}. Bramka zapominania f to część starej "
        "pamięci C_prev, która jest ZACHOWANA: f ≈ 1 znaczy zachowaj, a nie zapomnij; f ≈ 0 wymazałoby pamięć.",
    "C = f·C_prev + i·C̃ = {f:.2f}·{cpb} + {i:.2f}·{cbb} = {c:.2f}. The forget gate f decides how much of the old "
    "memory is kept, the input gate i how much of the candidate C̃ is written: with f = {f:.2f} and i = {i:.2f} "
    "the candidate dominates.":
        "C = f·C_prev + i·C̃ = {f:.2f}·{cpb} + {i:.2f}·{cbb} = {c:.2f}. Bramka zapominania f decyduje, ile starej "
        "pamięci zostaje, a bramka wejściowa i, ile kandydata C̃ jest zapisane: przy f = {f:.2f} i i = {i:.2f} "
        "przeważa kandydat.",
    "C = f·C_prev + i·C̃ = {f:.2f}·{cpb} + {i:.2f}·{cbb} = {c:.2f}. The other values swap f and i, take 1 − f (as "
    "if f were the share forgotten), or leave out i.":
        "C = f·C_prev + i·C̃ = {f:.2f}·{cpb} + {i:.2f}·{cbb} = {c:.2f}. Pozostałe wartości zamieniają f z i, "
        "biorą 1 − f (jakby f było częścią zapominaną) albo pomijają i.",
    "At step {t}, after reading {context}, unit {u} has f = {f:.2f}, C_prev = {cp:.2f}, i = {i:.2f} and "
    "C̃ = {cb:.2f}. What is C?":
        "W kroku {t}, po przeczytaniu {context}, jednostka {u} ma f = {f:.2f}, C_prev = {cp:.2f}, i = {i:.2f} "
        "i C̃ = {cb:.2f}. Ile wynosi C?",
    "At step {t}, after reading {context}, unit {u} has C = {c:.2f} and o = {o:.2f}. What is h?":
        "W kroku {t}, po przeczytaniu {context}, jednostka {u} ma C = {c:.2f} i o = {o:.2f}. Ile wynosi h?",
    "h = o·tanh(C) = {o:.2f}·tanh({c:.2f}) = {o:.2f}·{tcb} = {h:.2f}. h is not C: it is the part of the memory "
    "the output gate lets out, squashed into (−1, 1) by tanh.":
        "h = o·tanh(C) = {o:.2f}·tanh({c:.2f}) = {o:.2f}·{tcb} = {h:.2f}. h to nie C: to część pamięci, którą "
        "wypuszcza bramka wyjściowa, ściśnięta przez tanh do przedziału (−1, 1).",
    "Over this whole text, which of C and h goes outside the range −1 to 1 for some unit?":
        "Która z wielkości C i h wychodzi w całym tym tekście poza przedział od −1 do 1 dla jakiejś jednostki?",
    "only C": "tylko C",
    "only h": "tylko h",
    "both": "obie",
    "neither": "żadna",
    "h = o·tanh(C) always stays between −1 and 1 (0 < o < 1 and |tanh| < 1), while C = f·C_prev + i·C̃ adds up "
    "over the steps and has no such bound. Here the largest |C| is {cmax:.2f} and the largest |h| is {hmax:.2f}.":
        "h = o·tanh(C) zawsze mieści się między −1 a 1 (0 < o < 1 i |tanh| < 1), a C = f·C_prev + i·C̃ sumuje się "
        "przez kolejne kroki i nie ma takiego ograniczenia. Tutaj największe |C| to {cmax:.2f}, a największe "
        "|h| to {hmax:.2f}.",
    "After reading {context}, the model gives {sym} the probability {p:.2f}. Sampling at temperature {T:g} "
    "instead of 1, is {sym} picked more often or less often?":
        "Po przeczytaniu {context} model daje symbolowi {sym} prawdopodobieństwo {p:.2f}. Czy przy losowaniu "
        "z temperaturą {T:g} zamiast 1 symbol {sym} będzie wybierany częściej, czy rzadziej?",
    "more often": "częściej",
    "less often": "rzadziej",
    "Sampling at temperature T draws from y^(1/T), renormalised: T < 1 sharpens y (the likely symbols get "
    "likelier), T > 1 flattens it. Here {sym} goes from {p:.2f} to {q:.2f}. Temperature changes only how we pick "
    "from y = softmax(W_y·h + b_y), not the model or its h.":
        "Losowanie z temperaturą T losuje z y^(1/T) po ponownym unormowaniu: T < 1 wyostrza y (prawdopodobne "
        "symbole stają się jeszcze bardziej prawdopodobne), T > 1 je spłaszcza. Tutaj {sym} zmienia się z {p:.2f} "
        "na {q:.2f}. Temperatura zmienia tylko sposób wybierania z y = softmax(W_y·h + b_y), a nie model ani "
        "jego h.",
    "After reading {context}, which symbol does the model rate most likely to come next?":
        "Po przeczytaniu {context}: który symbol jako następny model uważa za najbardziej prawdopodobny?",
    "y = softmax(W_y·h + b_y): after this step the largest probability is y[{sym}] = {p:.2f}.":
        "y = softmax(W_y·h + b_y): po tym kroku największe prawdopodobieństwo to y[{sym}] = {p:.2f}.",
    "At step {t}, after reading {context}, unit {u}'s gate {g} is {v:.2f}. Which part of W_{g}·z + b_{g} pushes "
    "it up the most?":
        "W kroku {t}, po przeczytaniu {context}, bramka {g} jednostki {u} wynosi {v:.2f}. Która część "
        "W_{g}·z + b_{g} najmocniej pcha ją w górę?",
    "At step {t}, after reading {context}, unit {u}'s gate {g} is {v:.2f}. Which part of W_{g}·z + b_{g} pushes "
    "it down the most?":
        "W kroku {t}, po przeczytaniu {context}, bramka {g} jednostki {u} wynosi {v:.2f}. Która część "
        "W_{g}·z + b_{g} najmocniej pcha ją w dół?",
    "the bias b_{g}": "bias (wyraz wolny) b_{g}",
    "the input x (the symbol {ch})": "wejście x (symbol {ch})",
    "the previous hidden state h_prev": "poprzedni stan ukryty h_prev",
    "{g} = σ(W_{g}[{u}, :H]·h_prev + W_{g}[{u}, H:]·x + b_{g}[{u}]) = σ({recb} + {inpb} + {biasb}) = σ({a:.2f}) "
    "= {v:.2f}: the three numbers are the parts from h_prev, from x and the bias.":
        "{g} = σ(W_{g}[{u}, :H]·h_prev + W_{g}[{u}, H:]·x + b_{g}[{u}]) = σ({recb} + {inpb} + {biasb}) = "
        "σ({a:.2f}) = {v:.2f}: trzy liczby to części pochodzące od h_prev, od x i od biasu.",
    "Which unit's h changes sign with “{label}”: one sign where it holds, the other where it does not, most "
    "consistently over this text?":
        "Której jednostki h zmienia znak razem z cechą „{label}”: jeden znak tam, gdzie cecha zachodzi, drugi "
        "tam, gdzie nie, najbardziej konsekwentnie w tym tekście?",
    "h of unit {u} has one sign where “{label}” holds and the other where it does not at {agree:.0%} of the "
    "characters; the best other option reaches {runner:.0%}. Since h = o·tanh(C) with o > 0, h has the sign of "
    "C: this unit's memory flips with the property.":
        "h jednostki {u} ma jeden znak tam, gdzie zachodzi „{label}”, a drugi tam, gdzie nie, na {agree:.0%} "
        "znaków; najlepsza z pozostałych odpowiedzi osiąga {runner:.0%}. Ponieważ h = o·tanh(C) i o > 0, h ma "
        "znak C: pamięć tej jednostki przełącza się razem z cechą.",
    "Over this text, which gate of unit {u} is open (above 0.5) at the most characters?":
        "Która bramka jednostki {u} jest w tym tekście otwarta (powyżej 0,5) przy największej liczbie znaków?",
    "The share of characters where each gate of unit {u} is above 0.5: f {pf:.0%}, i {pi:.0%}, o {po:.0%}. "
    "f = σ(W_f·z + b_f), i = σ(W_i·z + b_i) and o = σ(W_o·z + b_o) each have their own weights, so each gate of "
    "a unit has its own habits.":
        "Odsetek znaków, przy których każda bramka jednostki {u} jest powyżej 0,5: f {pf:.0%}, i {pi:.0%}, "
        "o {po:.0%}. f = σ(W_f·z + b_f), i = σ(W_i·z + b_i) i o = σ(W_o·z + b_o) mają własne wagi, więc każda "
        "bramka jednostki ma własne nawyki.",
    "After which of these beginnings is the model most surprised by the real next symbol (the largest loss "
    "−ln y[target])?":
        "Po którym z tych początków model jest najbardziej zaskoczony prawdziwym następnym symbolem (największa "
        "strata −ln y[target])?",
    "loss = −ln y[target]: the smaller the probability the model gave the real next symbol, the larger the loss. "
    "After {context} it gave the next symbol {sym} y = {p:.2f}, so the loss is {loss:.2f}.":
        "strata = −ln y[target]: im mniejsze prawdopodobieństwo model dał prawdziwemu następnemu symbolowi, tym "
        "większa strata. Po {context} dał następnemu symbolowi {sym} y = {p:.2f}, więc strata wynosi {loss:.2f}.",
    # imported models: the reading of the training text that made the vocabulary
    "the model was trained on the file with its byte-order mark (U+FEFF) read as a symbol, as Python's "
    "open(…, encoding='utf-8') reads it":
        "model był trenowany na pliku, w którym znacznik kolejności bajtów (U+FEFF) został wczytany jako symbol, "
        "tak jak czyta go open(…, encoding='utf-8') w Pythonie",
    "the model predicts {V} symbols, as many as this text has with its accents written as separate combining "
    "marks (Unicode NFD, as some macOS tools write them); this app reads every text with accents composed (NFC), "
    "so it cannot feed such a model. Compose the text in your script (unicodedata.normalize('NFC', text)) and "
    "train again.":
        "model przewiduje {V} symboli, tyle, ile ma ten tekst ze znakami diakrytycznymi zapisanymi jako osobne "
        "znaki łączące (Unicode NFD, jak zapisują je niektóre narzędzia macOS); ta aplikacja czyta każdy tekst "
        "ze znakami złożonymi (NFC), więc nie może zasilić takiego modelu. Złóż tekst w swoim skrypcie "
        "(unicodedata.normalize('NFC', text)) i wytrenuj model ponownie.",
    # ---- book models on the pages (issue 14, pages part): layers, excerpts, completion, embeddings ----
    "Alice in Wonderland, whole book — characters, 2 layers (shipped)":
        "Alicja w Krainie Czarów, cała książka — znaki, 2 warstwy (dołączony)",
    "Shakespeare's sonnets, whole book — characters, 2 layers (shipped)":
        "Sonety Szekspira, cała książka — znaki, 2 warstwy (dołączony)",
    "Alice in Wonderland, whole book — words (shipped)": "Alicja w Krainie Czarów, cała książka — słowa (dołączony)",
    "Layer": "Warstwa",
    "Layer {l} of {L} (top: y = softmax(W_y·h + b_y) reads its h)":
        "Warstwa {l} z {L} (górna: y = softmax(W_y·h + b_y) czyta jej h)",
    "Layer {l} of {L} (bottom: reads the symbols)": "Warstwa {l} z {L} (dolna: czyta symbole)",
    "Layer {l} of {L} (reads h of layer {below})": "Warstwa {l} z {L} (czyta h warstwy {below})",
    "This model stacks {L} LSTM layers: layer 1 reads the symbols, each layer above reads the h of the layer "
    "below, and the output reads the top one.":
        "Ten model ma {L} warstwy LSTM jedna na drugiej: warstwa 1 czyta symbole, każda wyższa czyta h warstwy "
        "pod nią, a wyjście czyta górną.",
    "{title} — layer {l} of {L}": "{title} — warstwa {l} z {L}",
    "The pages show {n} characters of this text ({total} characters), from character {start}: choose where in "
    "the sidebar. The model reads the excerpt from zero state.":
        "Strony pokazują {n} znaków tego tekstu (z {total}), od znaku {start}: miejsce wybierzesz w panelu "
        "bocznym. Model czyta fragment od stanu zerowego.",
    "Excerpt starts at character": "Fragment zaczyna się od znaku",
    "A long text is shown {n} characters at a time.": "Długi tekst jest pokazywany po {n} znaków naraz.",
    "The analysis covers the {n} characters shown (from character {start} of {total}), to stay quick: move the "
    "excerpt in the sidebar to test a unit elsewhere in the text.":
        "Analiza obejmuje {n} pokazanych znaków (od znaku {start} z {total}), żeby działała szybko: przesuń "
        "fragment w panelu bocznym, aby sprawdzić jednostkę w innym miejscu tekstu.",
    "C_t[{u}] of layer {l}": "C_t[{u}] warstwy {l}",
    "gates and C of layer {l} of {L}": "bramki i C warstwy {l} z {L}",
    "Begin a text and let the model finish it": "Zacznij tekst i pozwól modelowi go dokończyć",
    "The model reads your beginning (only symbols it knows), then writes on.":
        "Model czyta twój początek (tylko symbole, które zna), a potem pisze dalej.",
    "Your beginning, finished by the model": "Twój początek, dokończony przez model",
    "Your beginning {prime}, then {n} symbols the model wrote (temperature {t:g}, seed {s}):":
        "Twój początek {prime}, a potem {n} symboli napisanych przez model (temperatura {t:g}, ziarno {s}):",
    "Two kinds of model": "Dwa rodzaje modeli",
    "Show the pages with": "Pokaż strony z modelem",
    "A model that memorised one sentence": "Model, który nauczył się na pamięć jednego zdania",
    "A model that read a whole book": "Model, który przeczytał całą książkę",
    "A model that memorised one sentence has seen nothing else: its units fire at positions of that one sentence, "
    "so its heatmaps read like a code for “where am I in the sentence”. A model that read a whole book cannot "
    "memorise it, so its units have to generalise: some follow what holds all through the text, such as being "
    "inside quotes, the position in the line or the end of a word.":
        "Model, który nauczył się na pamięć jednego zdania, nie widział niczego innego: jego jednostki włączają się "
        "w konkretnych miejscach tego jednego zdania, więc jego mapy cieplne wyglądają jak kod „gdzie jestem "
        "w zdaniu”. Model, który przeczytał całą książkę, nie może jej zapamiętać, więc jego jednostki muszą "
        "uogólniać: niektóre śledzą to, co obowiązuje w całym tekście, np. bycie wewnątrz cudzysłowu, pozycję "
        "w wierszu albo koniec słowa.",
    "{V} symbols: the plot names the {n} most frequent words of the training text (hover over any point for its "
    "symbol), and the list below starts with the most frequent.":
        "{V} symboli: wykres podpisuje {n} najczęstszych słów tekstu treningowego (najedź na dowolny punkt, by "
        "zobaczyć jego symbol), a lista poniżej zaczyna się od najczęstszych.",
    "This model read a whole book, so words that are used in similar places (after “the”, before “said”, …) tend "
    "to get similar vectors: look for names, verbs of speaking or small function words close together. It is "
    "still only a few thousand sentences: many neighbours share a context, not a meaning.":
        "Ten model przeczytał całą książkę, więc słowa używane w podobnych miejscach (po „the”, przed „said”, …) "
        "zwykle dostają podobne wektory: poszukaj blisko siebie imion, czasowników mówienia albo krótkich słów "
        "funkcyjnych. To wciąż tylko kilka tysięcy zdań: wielu sąsiadów łączy kontekst, nie znaczenie.",
    "every symbol": "każdy symbol",
    "the most frequent": "najczęstsze",
    "The gradient is followed back {n} characters, to step {s}: the run's state there is taken as given "
    "(truncated BPTT, as in training on long texts), so the {s} characters before it are not drawn.":
        "Gradient jest śledzony {n} znaków wstecz, do kroku {s}: stan przebiegu w tym miejscu przyjmujemy za dany "
        "(obcięte BPTT, jak przy trenowaniu na długich tekstach), więc {s} znaków przed nim nie jest rysowanych.",
    "book — a whole book: batches of streams, 2 layers, validation":
        "book — cała książka: porcje strumieni, 2 warstwy, walidacja",
    "Streams per batch B": "Strumienie w porcji B",
    "B contiguous pieces of the text trained side by side (char-rnn batching).":
        "B ciągłych kawałków tekstu trenowanych obok siebie (porcjowanie jak w char-rnn).",
    "LSTM layers": "Warstwy LSTM",
    "Dropout between layers": "Dropout między warstwami",
    "Minutes (0 = no limit)": "Minuty (0 = bez limitu)",
    "Validation: the last fraction of the text": "Walidacja: końcowa część tekstu (ułamek)",
    "**validation**: the last part of the text is never trained on; every few iterations the model is scored on "
    "it (loss in nats and bits per character), and the run keeps the weights with the best score, also when you "
    "press Stop. It ends at the time limit or the maximum iterations.":
        "**validation**: na końcowej części tekstu model nigdy się nie uczy; co kilka iteracji jest na niej "
        "oceniany (strata w natach i bitach na znak), a przebieg zachowuje wagi z najlepszym wynikiem, także gdy "
        "naciśniesz Stop. Kończy się po limicie czasu albo maksymalnej liczbie iteracji.",
    "Use the whole of Alice's Adventures in Wonderland": "Użyj całej „Alicji w Krainie Czarów” (po angielsku)",
    "{n:.3f} nats/char ({b:.3f} bits/char)": "{n:.3f} nata/znak ({b:.3f} bita/znak)",
    "Iteration {it} · epoch {ep:.2f} · best validation loss {best} · {sec:.1f} s":
        "Iteracja {it} · epoka {ep:.2f} · najlepsza strata walidacyjna {best} · {sec:.1f} s",
    "About {s:.0f} s left (the time limit or the maximum iterations, at this pace).":
        "Zostało około {s:.0f} s (do limitu czasu albo maksymalnej liczby iteracji, w tym tempie).",
    "Loss per character: training and validation": "Strata na znak: trening i walidacja",
    "training loss (smoothed)": "strata treningowa (wygładzona)",
    "validation loss": "strata walidacyjna",
    "best validation (kept)": "najlepsza walidacja (zachowana)",
    "loss (nats per character)": "strata (naty na znak)",
    "Sample at iteration {it} (temperature 1):": "Próbka z iteracji {it} (temperatura 1):",
    "The model keeps the weights of iteration {best}, the best validation loss: {loss} (training part {train}; a "
    "unigram model would get {uni}).":
        "Model zachowuje wagi z iteracji {best}, o najlepszej stracie walidacyjnej: {loss} (część treningowa "
        "{train}; model unigramowy uzyskałby {uni}).",
    "Stopped by you after {it} iterations ({sec:.0f} s).": "Zatrzymane przez ciebie po {it} iteracjach ({sec:.0f} s).",
    "Stopped at the time limit after {it} iterations ({sec:.0f} s).":
        "Zatrzymane po limicie czasu, po {it} iteracjach ({sec:.0f} s).",
    "Stopped at the maximum number of iterations ({it}, {sec:.0f} s).":
        "Zatrzymane po maksymalnej liczbie iteracji ({it}, {sec:.0f} s).",
    "The target was reached after {it} iterations ({sec:.0f} s).": "Cel osiągnięty po {it} iteracjach ({sec:.0f} s).",
    "Paused after {it} iterations ({sec:.0f} s). Press Train to go on.":
        "Wstrzymane po {it} iteracjach ({sec:.0f} s). Naciśnij Trenuj, aby kontynuować.",
    "tracks it": "śledzi ją",
    "partly tracks it": "częściowo ją śledzi",
    "no single unit tracks it": "żadna pojedyncza jednostka jej nie śledzi",
    "r undefined here": "r nieokreślone",
    "best unit": "najlepsza jednostka",
    "verdict": "werdykt",
    "**The two classic findings on this excerpt** (layer {l}): the unit that follows each property best, and "
    "whether it tracks it (|r| ≥ {th:g}). Choose the property below for its ablation.":
        "**Dwa klasyczne odkrycia na tym fragmencie** (warstwa {l}): jednostka, która najlepiej podąża za każdą "
        "własnością, i czy ją śledzi (|r| ≥ {th:g}). Wybierz własność poniżej, aby zobaczyć jej ablację.",
}
