"""Models of shapes the import does not support, made by Keras and PyTorch: each refused with a message that
names what was found, and nothing from the file runs (a Lambda's function, a pickle's payload)."""
import io
import pickle

import pytest

from lstm.import_model import import_model, read_bytes, read_model
from lstm.imported import ModelImportError


def test_every_unsupported_shape_is_refused_naming_it(refused_models):
    folder, expected = refused_models
    assert len(expected) >= 30
    for name, words in expected.items():
        with pytest.raises(ModelImportError) as err:
            read_model(read_bytes(folder / name), name)
        missing = [w for w in words if w not in str(err.value)]
        assert not missing, f"{name}: {err.value}"


def test_the_lambda_function_in_a_keras_file_never_runs(refused_models):
    folder, _ = refused_models
    marker = folder / "lambda_ran.txt"
    assert not marker.exists()
    for name in ("r_lambda.keras",):
        with pytest.raises(ModelImportError, match="Lambda"):
            import_model(folder / name, name, text="abcdefghijkl")
    assert not marker.exists()


class Payload:
    """Unpickling this creates a file: proof that the file was (or was not) unpickled."""
    def __init__(self, path):
        self.path = path

    def __reduce__(self):
        return (open, (self.path, "w"))


@pytest.mark.parametrize("name", ["model.pt", "model.pth", "model.bin", "model.safetensors"])
def test_a_pickle_is_refused_unopened_whatever_its_name(tmp_path, name):
    marker = tmp_path / "unpickled.txt"
    data = pickle.dumps({"weight_ih_l0": Payload(str(marker))}, protocol=4)
    with pytest.raises(ModelImportError, match="pickle") as err:
        import_model(io.BytesIO(data), name, text="abc")
    assert "safetensors.torch.save_file(model.state_dict(), \"model.safetensors\")" in str(err.value)
    assert not marker.exists()
