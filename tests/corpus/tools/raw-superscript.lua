-- raw-superscript.lua: a pandoc Lua filter for the corpus fixture tool (make-shapes.sh).
--
-- Markdown sources often write a superscript as raw HTML, `<sup>…</sup>` (Microsoft Learn's
-- `<sup>[1](#footnote1)</sup>` markers, French ordinals `XIX<sup>e</sup>`). pandoc reads each
-- tag as a RawInline "html", and the ODT writer drops raw HTML, so the PDF showed "GCP1" where
-- the published page shows "GCP¹". This filter turns every `<sup>` … `</sup>` pair within one
-- list of inlines into a Superscript element holding the inlines between the tags, so the ODT
-- (and the PDF LibreOffice makes of it) shows a real superscript. Pairs nest; an opening tag
-- without its closing tag in the same list of inlines is left as it is (and dropped by the
-- writer, as before). Nothing else changes. Needs pandoc ≥ 2.9 (`Inlines` filter functions).

local function is_tag(inline, pattern)
  return inline.t == "RawInline" and inline.format:match("^html") ~= nil
    and inline.text:lower():match(pattern) ~= nil
end

local function is_open(inline)
  return is_tag(inline, "^<sup%s*>$") or is_tag(inline, "^<sup%s[^>]*>$")
end

local function is_close(inline)
  return is_tag(inline, "^</sup%s*>$")
end

-- Rebuild `inlines` from position `from`: returns the new list and the position after the
-- closing tag that ended it (or nil at the end of the list).
local function rebuild(inlines, from, inside)
  local result = pandoc.List()
  local at = from
  while at <= #inlines do
    local inline = inlines[at]
    if is_close(inline) and inside then
      return result, at + 1
    elseif is_open(inline) then
      local content, after = rebuild(inlines, at + 1, true)
      if after == nil then
        -- No closing tag: keep the opening tag and what followed, unchanged.
        result:insert(inline)
        result:extend(content)
        return result, nil
      end
      result:insert(pandoc.Superscript(content))
      at = after
    else
      result:insert(inline)
      at = at + 1
    end
  end
  return result, nil
end

function Inlines(inlines)
  local result = rebuild(inlines, 1, false)
  return result
end
