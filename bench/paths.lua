-- wrk script: requests random paths from a file, one per line.
-- Usage: wrk ... -s paths.lua URL -- FILE [bust]
-- With "bust", every request gets a unique ?b=N so the output cache never answers it (an uncached page).
local paths = {}
local bust = false
local counter = 0

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  bust = args[2] == "bust"
  math.randomseed(os.time() + (tonumber(tostring({}):sub(8), 16) or 0))
  counter = math.random(1, 1000000000)
end

function request()
  local p = paths[math.random(1, #paths)]
  if bust then
    counter = counter + 1
    local sep = p:find("?", 1, true) and "&" or "?"
    p = p .. sep .. "b=" .. counter
  end
  return wrk.format("GET", p)
end
