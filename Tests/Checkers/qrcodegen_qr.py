"""QR codes from qrcodegen (Project Nayuki's reference library), which the app's own encoder is compared with.

Reads a JSON list of {"text": ..., "mask": null or 0-7} from the file named by its argument and prints a JSON list
of {"version", "mask", "rows"} (rows of "0"/"1", dark is 1, without the quiet zone), each made of one byte-mode
segment of the text's UTF-8 at error correction level M, in the smallest version, without raising the level, with the
mask asked for or the one qrcodegen chooses.
"""
import json
import sys

from qrcodegen import QrCode, QrSegment

answers = []
for item in json.load(open(sys.argv[1], encoding="utf-8")):
    mask = -1 if item["mask"] is None else item["mask"]
    code = QrCode.encode_segments([QrSegment.make_bytes(item["text"].encode("utf-8"))], QrCode.Ecc.MEDIUM, mask=mask, boostecl=False)
    size = code.get_size()
    rows = ["".join("1" if code.get_module(x, y) else "0" for x in range(size)) for y in range(size)]
    answers.append({"version": code.get_version(), "mask": code.get_mask(), "rows": rows})
print(json.dumps(answers))
